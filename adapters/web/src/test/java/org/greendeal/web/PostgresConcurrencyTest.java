package org.greendeal.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The concurrency contract on PostgreSQL at {@code GREENDEAL_TEST_POSTGRES_URL}; skipped, saying
 * why, when the variable is not set (failed instead under {@code CI=true}), failed when it is set
 * and the server cannot be reached.
 */
class PostgresConcurrencyTest extends ConcurrencyContract {
  static final String URL_VARIABLE = "GREENDEAL_TEST_POSTGRES_URL";

  @BeforeAll
  static void needsPostgres() {
    if (url() == null && "true".equals(System.getenv("CI"))) {
      org.junit.jupiter.api.Assertions.fail("CI=true but " + URL_VARIABLE + " is not set: CI must "
          + "start PostgreSQL (export " + URL_VARIABLE + "=\"$(.ci/postgres)\"); in CI these tests "
          + "are never skipped");
    }
    Assumptions.assumeTrue(url() != null, URL_VARIABLE + " is not set: no PostgreSQL server to "
        + "test on (run .ci/postgres to start one); the PostgreSQL concurrency test is skipped");
  }

  static String url() {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  @Override
  TestHost host() throws Exception {
    String schema = "w_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new TestHost(WebOptions.DEFAULT_MAX_BODY,
        url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }
}
