package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.greendeal.io.DealCatalog;
import org.greendeal.store.IssuedToken;
import org.greendeal.store.Store;
import org.greendeal.store.StoreException;
import org.greendeal.store.TokenRole;
import org.greendeal.web.WebOptions;
import org.greendeal.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code greendeal serve}: the web host on localhost. Migrates the database, stores the built-in
 * deal, and with {@code --demo} loads the demo evidence and prints a project-team token. Runs
 * until Ctrl-C, then stops the server and closes the database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the web host: the dashboard, the pages and the HTTP API (/openapi.json).",
    footer = {"", "Examples:",
        "  greendeal serve --demo                           look around with the demo evidence",
        "  greendeal serve --port 9000 --db jdbc:postgresql://db/greendeal?user=gd&password=..."})
final class ServeCommand implements Callable<Integer> {
  /** The running server, for tests that stop it. */
  static final AtomicReference<ServeCommand> RUNNING = new AtomicReference<>();

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "The database (default: embedded H2 in ./greendeal-data/).")
  String db;

  @Option(names = "--demo",
      description = "Load the illustrative demo evidence (once) and print a project-team token.")
  boolean demo;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile int boundPort;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UserError("--port " + port + ": expected 0 to 65535");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Store store = TokenCommand.openStore(db);
    WebServer server;
    try {
      server = WebServer.start(store, List.of(DealCatalog.standard().builtIn()),
          new WebOptions(host, port, WebOptions.DEFAULT_MAX_BODY, demo));
    } catch (RuntimeException e) {
      store.close();
      throw new UserError("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
    }
    // Ctrl-C: the hook asks the main thread to stop and waits until it has closed everything
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(15, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "greendeal-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      boundPort = server.port();
      if (demo) {
        int loaded = server.loadDemo();
        err.println("greendeal: " + (loaded > 0 ? "loaded " + loaded + " demo records"
            : "the database has records already; the demo evidence was not loaded again")
            + " (illustrative, made up)");
        IssuedToken token = store.tokens().create("system", TokenRole.PROJECT_TEAM,
            Optional.empty());
        out.println("project-team token (shown once): " + token.token());
      }
      out.println("greendeal: serving http://" + ("127.0.0.1".equals(host) ? "localhost" : host)
          + ":" + boundPort + "/ (" + store.databaseProduct() + "); Ctrl-C stops");
      out.flush();
      err.flush();
      RUNNING.set(this);
      stop.await();
    } finally {
      RUNNING.compareAndSet(this, null);
      try {
        server.close();
        store.close();
        out.println("greendeal: stopped");
        out.flush();
      } finally {
        stopped.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is stopping: the hook is running
        }
      }
    }
    return ExitCode.OK;
  }

  /** The port the server listens on, once started. */
  int boundPort() {
    return boundPort;
  }

  /** Stops the server, as Ctrl-C does. */
  void stop() {
    stop.countDown();
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** The default database URL, its folder made if missing. */
  static String defaultDatabase() {
    try {
      Files.createDirectories(Store.DEFAULT_FOLDER);
    } catch (java.io.IOException e) {
      throw new UserError("cannot make " + Store.DEFAULT_FOLDER.toAbsolutePath() + ": "
          + e.getMessage());
    }
    return Store.defaultUrl();
  }

  static Path dataFolder() {
    return Store.DEFAULT_FOLDER.toAbsolutePath();
  }

  static Store open(String url) {
    try {
      return Store.open(url);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }
}
