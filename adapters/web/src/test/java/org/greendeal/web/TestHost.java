package org.greendeal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.greendeal.io.DealCatalog;
import org.greendeal.store.Store;
import org.greendeal.store.TokenRole;

/**
 * A web host for tests: an embedded H2 database in a temporary folder, the built-in deal with its
 * demo evidence, on an ephemeral loopback port, and a token for the project team and for a few
 * parties.
 */
final class TestHost implements AutoCloseable {
  static final String DEAL = "gdci-2.0";
  static final String API = "/api/deals/" + DEAL;

  final Path folder;
  final Store store;
  final WebServer server;
  final Http http;
  final String team;

  TestHost(long maxBody) throws Exception {
    this(maxBody, null);
  }

  /** A host on the database at {@code url}, or on a fresh H2 database when it is null. */
  TestHost(long maxBody, String url) throws Exception {
    folder = Files.createTempDirectory("greendeal-web-test");
    store = Store.open(url != null ? url : Store.h2Url(folder.resolve("greendeal")));
    server = WebServer.start(store, List.of(DealCatalog.standard().builtIn()),
        WebOptions.onPort(0).maxBodyBytes(maxBody).illustrative(true));
    server.loadDemo();
    http = new Http(server.port());
    team = store.tokens().create("test", TokenRole.PROJECT_TEAM, Optional.empty()).token();
  }

  TestHost() throws Exception {
    this(WebOptions.DEFAULT_MAX_BODY);
  }

  /** A new token for {@code party}. */
  String party(String party) {
    return store.tokens().create("test", TokenRole.PARTY, Optional.of(party)).token();
  }

  /** How many records the deal has, deleted or not, and how many audit events: a fingerprint. */
  String fingerprint() {
    return store.evidence().list(DEAL, Optional.empty()).stream()
        .map(r -> r.id() + ":" + r.version()).toList()
        + " audit=" + store.audit().list(DEAL, org.greendeal.store.PageRequest.of(1, 1)).total();
  }

  @Override
  public void close() throws Exception {
    server.close();
    store.close();
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
