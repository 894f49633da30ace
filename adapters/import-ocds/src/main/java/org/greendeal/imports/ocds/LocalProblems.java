package org.greendeal.imports.ocds;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greendeal.io.Problem;

/**
 * The problems found in one file, or in one release of it, each located at a JSON value; a
 * problem found again (a tender's bad title, met once per lot) is kept once.
 */
final class LocalProblems {
  private final String file;
  private final Set<Problem> found = new LinkedHashSet<>();

  LocalProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void at(JsonValue value, String message) {
    found.add(new Problem(file, value.line(), value.column(), value.path(), message));
  }

  void at(int line, int column, String field, String message) {
    found.add(new Problem(file, line, column, field, message));
  }

  /** A problem with the whole file, such as one that cannot be read. */
  void whole(String message) {
    found.add(Problem.ofFile(file, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(found);
  }
}
