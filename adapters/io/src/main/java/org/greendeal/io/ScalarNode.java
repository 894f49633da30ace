package org.greendeal.io;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A single value of a file, with its text as written ({@code 706}, {@code yes}, {@code
 * 2019-13-01}) and, for a number, its value. A YAML date arrives as text.
 */
record ScalarNode(int line, int column, Kind kind, String text, Optional<BigDecimal> number)
    implements Node {

  /** What the parser made of the value. */
  enum Kind {
    TEXT, INTEGER, DECIMAL, TRUE, FALSE, NULL
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String describe() {
    return switch (kind) {
      case TEXT -> '"' + text + '"';
      case NULL -> "nothing";
      default -> text;
    };
  }
}
