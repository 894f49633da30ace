package org.greendeal.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' sessions, in memory: a login with a token makes one, named by a random id in an
 * HttpOnly, SameSite=Strict cookie. CSRF: every form carries a token that must equal the one in
 * its own HttpOnly, SameSite=Strict cookie (double submit), checked on every POST.
 */
final class Sessions {
  static final String SESSION_COOKIE = "gd_session";
  static final String CSRF_COOKIE = "gd_csrf";
  static final String CSRF_FIELD = "csrf";
  private static final Duration LIFETIME = Duration.ofHours(8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /**
   * A logged-in session.
   *
   * @param viewer who logged in
   * @param expires when it ends
   */
  record Session(Viewer viewer, Instant expires) {}

  Optional<Session> find(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null || session.expires().isBefore(Instant.now())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  void login(Context ctx, Viewer viewer) {
    Instant now = Instant.now();
    sessions.values().removeIf(s -> s.expires().isBefore(now));
    find(ctx).ifPresent(s -> sessions.remove(ctx.cookie(SESSION_COOKIE)));
    String id = random();
    sessions.put(id, new Session(viewer, Instant.now().plus(LIFETIME)));
    ctx.cookie(cookie(SESSION_COOKIE, id, ctx, (int) LIFETIME.toSeconds()));
    ctx.cookie(cookie(CSRF_COOKIE, random(), ctx, -1));
  }

  void logout(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id != null) {
      sessions.remove(id);
    }
    ctx.cookie(cookie(SESSION_COOKIE, "", ctx, 0));
  }

  /** The CSRF token of this browser, made (and set as a cookie) if it has none. */
  String csrfToken(Context ctx) {
    String token = ctx.attribute(CSRF_COOKIE);
    if (token == null) {
      token = ctx.cookie(CSRF_COOKIE);
    }
    if (token == null || token.length() < 20) {
      token = random();
      ctx.cookie(cookie(CSRF_COOKIE, token, ctx, -1));
    }
    ctx.attribute(CSRF_COOKIE, token);
    return token;
  }

  /** Whether the form's CSRF token equals the cookie's. */
  boolean csrfValid(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    String field = ctx.formParam(CSRF_FIELD);
    return cookie != null && field != null && cookie.length() >= 20
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
            field.getBytes(StandardCharsets.UTF_8));
  }

  private static Cookie cookie(String name, String value, Context ctx, int maxAge) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setMaxAge(maxAge);
    cookie.setSecure("https".equalsIgnoreCase(ctx.scheme()));
    return cookie;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
