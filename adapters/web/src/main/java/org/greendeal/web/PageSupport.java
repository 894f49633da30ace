package org.greendeal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.StoredRecord;

/**
 * The plumbing the pages share: the layout's model, the language and its words, rendering, the
 * error page, redirects, the CSRF check, the style sheet and small formatting helpers.
 */
final class PageSupport {
  private static final Pages PAGES = new Pages();
  private static final String HTML = "text/html; charset=utf-8";

  private final WebServer server;

  PageSupport(WebServer server) {
    this.server = server;
  }

  void checkCsrf(Context ctx) {
    if (ctx.method().name().equals("POST") && !WebServer.isApi(ctx)
        && !server.sessions().csrfValid(ctx)) {
      throw new ApiProblem(403, "csrf", "Form expired",
          "the form's security token is missing or does not match; reload the page and try again",
          List.of());
    }
  }

  void css(Context ctx) throws IOException {
    try (InputStream in = PageSupport.class.getResourceAsStream("pages/greendeal.css")) {
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
    }
  }

  void redirectToLogin(Context ctx) {
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    if (!ctx.method().name().equals("GET")) {
      next = "/";
    }
    ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&lang="
        + code(language(ctx, server.mainService().deal())), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  static String withLang(String path, Language lang) {
    if (path.contains("lang=")) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=" + code(lang);
  }

  Map<String, Object> base(Context ctx, Language lang, String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    Viewer viewer = server.viewer(ctx);
    Language other = lang == Language.NL ? Language.EN : Language.NL;
    model.put("lang", code(lang));
    model.put("otherLang", code(other));
    model.put("q", "?lang=" + code(lang));
    model.put("l", Pages.words(lang));
    model.put("title", title);
    model.put("csrf", server.sessions().csrfToken(ctx));
    model.put("otherLanguage", otherLanguageLink(ctx, other));
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("loggedIn", !viewer.isPublic());
    who.put("team", viewer.isTeam());
    who.put("party", viewer.party().orElse(null));
    Deal deal = server.mainService().deal();
    String partyName = viewer.party().flatMap(p -> PartyId.isValid(p) ? deal.party(PartyId.of(p))
        .map(x -> x.displayName()).or(() -> deal.unit(PartyId.of(p)).map(u -> u.displayName()))
        : Optional.empty()).orElse(viewer.party().orElse(""));
    who.put("partyName", partyName);
    Map<String, String> words = Pages.words(lang);
    who.put("label", viewer.isTeam() ? words.get("viewer.team")
        : viewer.party().map(p -> words.get("viewer.party") + " " + partyName).orElse(""));
    model.put("viewer", who);
    return model;
  }

  private static String otherLanguageLink(Context ctx, Language other) {
    StringBuilder link = new StringBuilder(ctx.method().name().equals("GET") ? ctx.path() : "/");
    String separator = "?";
    if (ctx.method().name().equals("GET")) {
      for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
        if (e.getKey().equals("lang")) {
          continue;
        }
        for (String v : e.getValue()) {
          link.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
              .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          separator = "&";
        }
      }
    }
    return link.append(separator).append("lang=").append(code(other)).toString();
  }

  /** The language: {@code ?lang=}, else the first of nl and en in Accept-Language, else the deal's. */
  static Language language(Context ctx, Deal deal) {
    String lang = ctx.queryParam("lang");
    if (lang == null && ctx.method().name().equals("POST")) {
      lang = ctx.formParam("lang");
    }
    if ("en".equalsIgnoreCase(lang)) {
      return Language.EN;
    }
    if ("nl".equalsIgnoreCase(lang)) {
      return Language.NL;
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (tag.startsWith("nl")) {
            return Language.NL;
          }
          if (tag.startsWith("en")) {
            return Language.EN;
          }
        }
      } catch (IllegalArgumentException e) {
        // a malformed header: fall back to the deal's language
      }
    }
    return deal.language();
  }

  static String code(Language lang) {
    return lang.name().toLowerCase(Locale.ROOT);
  }

  static Map<String, String> words(Language lang) {
    return Pages.words(lang);
  }

  static String kindLabel(String kind, Language lang) {
    if (kind.equals(RecordCodec.JOINED)) {
      return lang == Language.NL ? "Toegetreden partijen" : "Parties that joined";
    }
    RecordType type = RecordType.byKey(kind).orElseThrow();
    String plural = type.plural().in(lang);
    return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
  }

  static String summary(StoredRecord row, JsonNode body) {
    for (String field : List.of("title", "description", "member", "organisation", "theme",
        "aspect", "channel", "commitment", "name", "reference")) {
      JsonNode node = body.get(field);
      if (node != null && !node.asText().isBlank()) {
        String text = node.asText();
        String id = row.recordId().map(r -> r + ": ").orElse("");
        return id + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
      }
    }
    if (body.has("amountEur")) {
      return body.get("year").asText() + ": € " + body.get("amountEur").asText();
    }
    return row.recordId().orElse(row.subject());
  }

  static String date(String kind, JsonNode body) {
    String field = kind.equals(RecordCodec.JOINED) ? "date"
        : RecordType.byKey(kind).map(RecordType::dateField).orElse("date");
    return Optional.ofNullable(body.get(field)).map(JsonNode::asText).orElse("");
  }

  static void html(Context ctx, String template, Map<String, Object> model) {
    ctx.contentType(HTML).result(PAGES.render(template, model));
  }

  /** A problem on a page: the error page, in the layout, with the problem's status. */
  static void error(WebServer server, Context ctx, ApiProblem problem) {
    problem.headers().forEach(ctx::header);
    Language lang;
    try {
      lang = language(ctx, server.mainService().deal());
    } catch (RuntimeException e) {
      lang = Language.NL;
    }
    ctx.status(problem.status());
    try {
      Map<String, Object> model = new PageSupport(server).base(ctx, lang, problem.title());
      model.put("detail", problem.detail());
      html(ctx, "error", model);
    } catch (RuntimeException e) {
      ctx.contentType("text/plain; charset=utf-8").result(problem.title() + ": "
          + problem.detail());
    }
  }
}
