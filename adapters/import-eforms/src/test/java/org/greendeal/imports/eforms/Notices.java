package org.greendeal.imports.eforms;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;

/** The test notices under {@code src/test/resources/eforms/} and ways to import them. */
final class Notices {
  static final Deal DEAL = DealCatalog.standard().builtIn();

  private Notices() {}

  static Path path(String name) {
    try {
      return Path.of(Notices.class.getResource("/eforms/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test notice " + name, e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports the notice {@code text}, named {@code name} in problems. */
  static EformsImport read(EformsImporter importer, String name, String text) {
    return importer.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Imports the test notice {@code name} as it is. */
  static EformsImport read(EformsImporter importer, String name) {
    return read(importer, name, text(name));
  }

  /** Runs an import that must be refused and returns its problems as the user sees them. */
  static List<String> problems(Supplier<?> read) {
    try {
      read.get();
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the notice to be refused");
  }
}
