package org.greendeal.imports.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one cell holds before it is read as a column's value. */
sealed interface Raw {
  /** An empty cell, or one holding only spaces. */
  Raw BLANK = new Text("");

  /** How a problem shows what was found. */
  String describe();

  /** Whether the cell holds nothing. */
  default boolean isBlank() {
    return this instanceof Text t && t.text().isBlank();
  }

  /** Text, as typed; a CSV cell is always text. */
  record Text(String text) implements Raw {
    @Override
    public String describe() {
      return '"' + shorten(text) + '"';
    }
  }

  /** A number cell that is not formatted as a date. */
  record Numeric(double value) implements Raw {
    /** The number as plain text without a needless {@code .0}: 706, 1500.5. */
    String plain() {
      BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
      return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }

    @Override
    public String describe() {
      return "the number " + plain();
    }
  }

  /** A number cell formatted as a date. */
  record DateCell(LocalDate date) implements Raw {
    @Override
    public String describe() {
      return "the date " + date;
    }
  }

  /** A formula, never evaluated. */
  record Formula(String formula) implements Raw {
    @Override
    public String describe() {
      return "\"=" + shorten(formula) + '"';
    }
  }

  /** An error value such as {@code #N/A}. */
  record ErrorCode(String code) implements Raw {
    @Override
    public String describe() {
      return "the error value " + code;
    }
  }

  /** {@code text} cut to at most 60 characters, one line. */
  static String shorten(String text) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
