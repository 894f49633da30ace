package org.greendeal.web;

import static org.greendeal.web.PageSupport.code;
import static org.greendeal.web.PageSupport.html;
import static org.greendeal.web.PageSupport.language;
import static org.greendeal.web.PageSupport.safeNext;
import static org.greendeal.web.PageSupport.withLang;
import static org.greendeal.web.PageSupport.words;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Language;

/** The login form, logging in with a token and logging out. */
final class LoginPages {
  private final WebServer server;
  private final PageSupport support;

  LoginPages(WebServer server, PageSupport support) {
    this.server = server;
    this.support = support;
  }

  void loginForm(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    Map<String, Object> model = support.base(ctx, lang, words(lang).get("login.title"));
    model.put("next", safeNext(ctx.queryParam("next")));
    html(ctx, "login", model);
  }

  void login(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    String token = Optional.ofNullable(ctx.formParam("token")).orElse("").trim();
    Optional<Viewer> viewer = server.store().tokens().authenticate(token).map(Viewer::of);
    if (viewer.isEmpty()) {
      Map<String, Object> model = support.base(ctx, lang, words(lang).get("login.title"));
      model.put("next", safeNext(ctx.formParam("next")));
      model.put("error", words(lang).get("login.wrong"));
      ctx.status(401);
      html(ctx, "login", model);
      return;
    }
    server.sessions().login(ctx, viewer.get());
    String next = safeNext(ctx.formParam("next"));
    if (next.equals("/") && viewer.get().party().isPresent()) {
      next = "/parties/" + viewer.get().party().get();
    }
    ctx.redirect(withLang(next, lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    server.sessions().logout(ctx);
    ctx.redirect("/?lang=" + code(lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
