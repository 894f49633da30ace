package org.greendeal.imports.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Dates as an agreement writes them: "31 december 2020", "7 jun. 2018", "31-12-2020" or
 * "2020-12-31". A date that does not exist ("31 februari 2020") is found, but has no value.
 */
final class DutchDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
      Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3), Map.entry("april", 4),
      Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
      Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  /**
   * A date in words (groups 1 to 3), in figures day-month-year (4 to 6) or in ISO form (7 to 9),
   * to be embedded in larger patterns; see {@link #value}.
   */
  static final String DATE = "(?:(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})"
      + "|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))";

  private DutchDates() {}

  /**
   * The date that {@code m} matched at group {@code first} of a {@link #DATE} inside a larger
   * pattern; empty when it names no real day (or no month).
   */
  static Optional<LocalDate> value(Matcher m, int first) {
    try {
      if (m.group(first) != null) {
        Integer month = MONTHS.get(Texts.lower(m.group(first + 1)));
        return month == null ? Optional.empty() : Optional.of(LocalDate.of(
            Integer.parseInt(m.group(first + 2)), month, Integer.parseInt(m.group(first))));
      } else if (m.group(first + 3) != null) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(first + 5)),
            Integer.parseInt(m.group(first + 4)), Integer.parseInt(m.group(first + 3))));
      }
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(first + 6)),
          Integer.parseInt(m.group(first + 7)), Integer.parseInt(m.group(first + 8))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The text of the date that {@code m} matched at group {@code first}. */
  static String text(Matcher m, int first) {
    for (int g = first; g <= first + 6; g += 3) {
      if (m.group(g) != null) {
        return m.group().substring(m.start(g) - m.start());
      }
    }
    return m.group();
  }

  /** Whether the date in words at group {@code first} names a month at all. */
  static boolean namesMonth(Matcher m, int first) {
    return m.group(first) == null || MONTHS.containsKey(Texts.lower(m.group(first + 1)));
  }
}
