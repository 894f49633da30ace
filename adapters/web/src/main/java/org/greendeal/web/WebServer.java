package org.greendeal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web host: the HTTP API under {@code /api}, its OpenAPI document at {@code /openapi.json},
 * and the server-rendered pages, over one {@link Store} and the deals it serves.
 *
 * <pre>{@code
 * try (Store store = Store.open(Store.defaultUrl());
 *      WebServer server = WebServer.start(store, List.of(deal), WebOptions.onPort(8080))) {
 *   ...
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String VIEWER = "greendeal.viewer";

  private final Store store;
  private final Map<String, DealService> services = new LinkedHashMap<>();
  private final WebOptions options;
  private final Sessions sessions = new Sessions();
  private final Javalin app;

  private WebServer(Store store, List<Deal> deals, WebOptions options) {
    this.store = store;
    this.options = options;
    for (Deal deal : deals) {
      services.put(deal.id(), new DealService(store, deal, options.illustrative()));
    }
    ApiRoutes api = new ApiRoutes(this);
    PageRoutes pages = new PageRoutes(this);
    this.app = Javalin.create(config -> {
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.http.maxRequestSize = options.maxBodyBytes();
      config.startup.showJavalinBanner = false;
      config.routes.before(this::securityHeaders);
      config.routes.before(this::checkBodySize);
      api.register(config.routes);
      pages.register(config.routes);
      config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
          fromHttp(e, ctx)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        problem(ctx, new ApiProblem(500, "internal", "Internal error",
            "the server failed to handle the request; it has been logged", List.of()));
      });
    });
  }

  /** Starts the host on {@code options}' address; the deals are stored if the store lacks them. */
  public static WebServer start(Store store, List<Deal> deals, WebOptions options) {
    WebServer server = new WebServer(store, deals, options);
    server.app.start();
    return server;
  }

  /** Loads each deal's bundled demo evidence where the deal has no records yet; returns how many. */
  public int loadDemo() {
    int loaded = 0;
    for (DealService service : services.values()) {
      loaded += service.loadDemo();
    }
    return loaded;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The method and path of every registered route, such as {@code GET /api/deals/{deal}}. */
  public List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      routes.add(e.endpoint.method.name() + " " + e.endpoint.path);
    }
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }

  Store store() {
    return store;
  }

  Sessions sessions() {
    return sessions;
  }

  WebOptions options() {
    return options;
  }

  List<DealService> services() {
    return List.copyOf(services.values());
  }

  DealService service(String dealId) {
    DealService service = services.get(dealId);
    if (service == null) {
      throw ApiProblem.notFound("no deal " + dealId);
    }
    return service;
  }

  /** The first deal, the one the pages show. */
  DealService mainService() {
    return services.values().iterator().next();
  }

  /**
   * Who is asking: for the API, the holder of the bearer token (a wrong one is refused with 401,
   * none is the public); for the pages, the holder of the session.
   */
  Viewer viewer(Context ctx) {
    Viewer cached = ctx.attribute(VIEWER);
    if (cached != null) {
      return cached;
    }
    Viewer viewer;
    if (isApi(ctx)) {
      String header = ctx.header("Authorization");
      if (header == null) {
        viewer = Viewer.PUBLIC;
      } else {
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
          throw ApiProblem.unauthorized("expected Authorization: Bearer <token>");
        }
        viewer = store.tokens().authenticate(header.substring(7).trim()).map(Viewer::of)
            .orElseThrow(() -> ApiProblem.unauthorized("the token is not valid"));
      }
    } else {
      viewer = sessions.find(ctx).map(Sessions.Session::viewer).orElse(Viewer.PUBLIC);
    }
    ctx.attribute(VIEWER, viewer);
    return viewer;
  }

  static boolean isApi(Context ctx) {
    String path = ctx.path();
    return path.startsWith("/api/") || path.equals("/api") || path.equals("/health")
        || path.equals("/openapi.json");
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  private void checkBodySize(Context ctx) {
    long length = ctx.contentLength();
    if (length > options.maxBodyBytes()) {
      drain(ctx);
      throw tooLarge();
    }
  }

  /**
   * Reads and drops what is left of a refused body, up to a bound, so that the client, still
   * sending, gets the 413 rather than a reset connection; a longer body is cut off.
   */
  private void drain(Context ctx) {
    long bound = Math.max(16L * 1024 * 1024, 4 * options.maxBodyBytes());
    byte[] buffer = new byte[64 * 1024];
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      long read = 0;
      int n;
      while (read < bound && (n = in.read(buffer)) > 0) {
        read += n;
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the client went away or the body was consumed already: nothing to drain
    }
  }

  private ApiProblem tooLarge() {
    return new ApiProblem(413, "too-large", "Body too large",
        "the body is larger than " + options.maxBodyBytes() + " bytes", List.of());
  }

  private ApiProblem fromHttp(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 413 -> {
        drain(ctx);
        yield tooLarge();
      }
      case 404 -> ApiProblem.notFound("no such resource");
      case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed",
          "the resource does not take this method", List.of());
      default -> new ApiProblem(e.getStatus(), "http-" + e.getStatus(),
          Optional.ofNullable(e.getMessage()).orElse("Error"),
          Optional.ofNullable(e.getMessage()).orElse("error"), List.of());
    };
  }

  private void problem(Context ctx, ApiProblem problem) {
    if (isApi(ctx)) {
      ProblemWriter.write(ctx, problem);
    } else {
      PageSupport.error(this, ctx, problem);
    }
  }
}
