package org.greendeal.imports.ocds;

import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;

/** The test files of the OCDS importer, and a way to see what a refused read reports. */
final class OcdsFixtures {
  static final Deal DEAL = DealCatalog.standard().builtIn();

  private OcdsFixtures() {}

  /** A file under {@code org/greendeal/imports/ocds/} in the test resources. */
  static Path file(String name) {
    try {
      return Paths.get(OcdsFixtures.class.getResource("/org/greendeal/imports/ocds/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test file " + name, e);
    }
  }

  /** Runs a read that must be refused; its problems as the user sees them. */
  static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the input to be refused");
  }
}
