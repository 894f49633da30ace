package org.greendeal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The server-rendered pages. */
final class PageRoutes {
  private final WebServer server;

  PageRoutes(WebServer server) {
    this.server = server;
  }

  void register(RoutesConfig routes) {
  }

  static void error(WebServer server, Context ctx, ApiProblem problem) {
    problem.headers().forEach(ctx::header);
    ctx.status(problem.status()).contentType("text/plain; charset=utf-8").result(problem.detail());
  }
}
