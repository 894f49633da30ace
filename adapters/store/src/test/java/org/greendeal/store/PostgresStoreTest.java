package org.greendeal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, whose JDBC URL (with user and password) is in
 * the environment variable {@value #URL_VARIABLE}; {@code .ci/postgres} starts one and prints it.
 * Without the variable (a developer without PostgreSQL) these tests are skipped, saying why; with
 * it, a server that cannot be reached fails them; in CI ({@code CI=true}) its absence fails them.
 * Each test gets a schema of its own.
 */
class PostgresStoreTest extends StoreContract {
  static final String URL_VARIABLE = "GREENDEAL_TEST_POSTGRES_URL";

  @BeforeAll
  static void needsPostgres() {
    if (url() == null && "true".equals(System.getenv("CI"))) {
      org.junit.jupiter.api.Assertions.fail("CI=true but " + URL_VARIABLE + " is not set: CI must "
          + "start PostgreSQL (export " + URL_VARIABLE + "=\"$(.ci/postgres)\"); in CI these tests "
          + "are never skipped");
    }
    Assumptions.assumeTrue(url() != null, URL_VARIABLE + " is not set: no PostgreSQL server to "
        + "test on (run .ci/postgres to start one); the PostgreSQL store tests are skipped");
  }

  static String url() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  @Override
  Store openFresh() throws Exception {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return Store.open(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @Test
  void theServerIsPostgres() {
    assertThat(store.databaseProduct()).isEqualTo("PostgreSQL");
  }
}
