package org.greendeal.io;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/** Runs a read that must be refused and returns its problems as the user sees them. */
final class InputFailures {
  private InputFailures() {}

  static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the input to be refused");
  }
}
