package org.greendeal.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from the machine (a browser, a database server). When it is missing, the
 * test is skipped, saying what is missing and how to get it, so that a newcomer's plain
 * {@code mvn verify} passes; the build names every skipped test at its end. In CI
 * ({@code CI=true}) a missing prerequisite fails the test instead: there, nothing is skipped.
 */
public final class Prerequisite {
  private Prerequisite() {}

  /**
   * Returns when {@code present}; otherwise skips the calling test (fails it under {@code CI=true})
   * with {@code missing}, which says what is missing and how to install or start it.
   */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (inCi()) {
      Assertions.fail("CI=true and " + missing + "; in CI this test is never skipped");
    }
    Assumptions.abort(missing);
  }

  /** Whether the build runs in CI, where every test must run. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
