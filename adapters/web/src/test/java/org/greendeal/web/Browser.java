package org.greendeal.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript for page tests: keeps cookies, posts forms, follows nothing. */
final class Browser {
  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Browser(int port) {
    base = "http://127.0.0.1:" + port;
    client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  }

  record Page(int status, String html, HttpResponse<String> raw) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    String location() {
      return header("Location").orElseThrow(() -> new AssertionError("no redirect: " + status));
    }

    /** The value of the hidden CSRF field of the first form. */
    String csrf() {
      Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
      if (!m.find()) {
        throw new AssertionError("no csrf field in " + html);
      }
      return m.group(1);
    }
  }

  Page get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  Page post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Logs in with {@code token} through the login form; returns where it redirected. */
  String login(String token) {
    Page form = get("/login");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", form.csrf());
    fields.put("next", "/");
    fields.put("token", token);
    Page done = post("/login", fields);
    if (done.status() != 303) {
      throw new AssertionError("login failed: " + done.status());
    }
    return done.location();
  }

  Optional<HttpCookie> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .findFirst();
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
