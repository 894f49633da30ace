package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.List;
import org.greendeal.io.Problem;

/**
 * What reading an agreement found to say: errors, which refuse the text, and warnings, which are
 * reported beside the deal. Each is located by line, column and the section (or commitment) it
 * concerns.
 */
final class Notes {
  private final String file;
  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  Notes(String file) {
    this.file = file;
  }

  void error(int line, int column, String where, String message) {
    errors.add(new Problem(file, line, column, where, message));
  }

  void error(Block block, String where, String message) {
    error(block.line(), block.column(), where, message);
  }

  void warn(int line, int column, String where, String message) {
    warnings.add(new Problem(file, line, column, where, message));
  }

  void warn(Block block, String where, String message) {
    warn(block.line(), block.column(), where, message);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  List<Problem> errors() {
    return List.copyOf(errors);
  }

  List<Problem> warnings() {
    return List.copyOf(warnings);
  }
}
