package org.greendeal.web;

import io.javalin.config.RoutesConfig;

/**
 * The routes of the server-rendered pages, in Dutch and English, working without JavaScript, each
 * wired to its handler in {@link ReportPages}, {@link TeamPages}, {@link LoginPages} or
 * {@link EvidenceFormPages}.
 */
final class PageRoutes {
  private final PageSupport support;
  private final ReportPages reports;
  private final TeamPages team;
  private final LoginPages login;
  private final EvidenceFormPages forms;

  PageRoutes(WebServer server) {
    this.support = new PageSupport(server);
    this.reports = new ReportPages(server, support);
    this.team = new TeamPages(server, support);
    this.login = new LoginPages(server, support);
    this.forms = new EvidenceFormPages(server, support);
  }

  void register(RoutesConfig routes) {
    routes.before(support::checkCsrf);
    routes.get("/", reports::dashboard);
    routes.get("/static/greendeal.css", support::css);
    routes.get("/parties/{party}", reports::party);
    routes.get("/commitments/{code}", reports::commitment);
    routes.get("/lessons", reports::lessons);
    routes.get("/audit", team::audit);
    routes.get("/review", team::review);
    routes.get("/tokens", team::tokenForm);
    routes.post("/tokens", team::createToken);
    routes.get("/login", login::loginForm);
    routes.post("/login", login::login);
    routes.post("/logout", login::logout);
    routes.get("/evidence/{kind}/new", forms::newForm);
    routes.post("/evidence/{kind}", forms::create);
    routes.get("/evidence/{kind}/{id}/edit", forms::editForm);
    routes.post("/evidence/{kind}/{id}", forms::update);
    routes.post("/evidence/{kind}/{id}/delete", forms::delete);
    routes.post("/evidence/{kind}/{id}/publish", forms::publish);
  }
}
