package org.greendeal.imports.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates typed as text: ISO {@code 2019-03-01}, or Dutch day-month-year {@code 1-3-2019}. */
final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

  private Dates() {}

  /**
   * The day {@code text} names, if it is one: {@code YYYY-MM-DD}, or {@code D-M-YYYY} with
   * {@code -}, {@code /} or {@code .} between day, month and year; a day that does not exist, such
   * as {@code 31-02-2019}, is none.
   */
  static Optional<LocalDate> parse(String text) {
    String trimmed = text.strip();
    Matcher iso = ISO.matcher(trimmed);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dutch = DUTCH.matcher(trimmed);
    if (dutch.matches()) {
      return day(dutch.group(4), dutch.group(3), dutch.group(1));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
