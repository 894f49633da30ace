package org.greendeal.imports.agreement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a result is due, from its wording: "uiterlijk (op) 31 december 2019" that day, "uiterlijk
 * in 2020" or "uiterlijk eind 2020" the year's last day, "vóór 1 januari 2020" the day before;
 * otherwise, and for "tijdens de looptijd", the term's end.
 */
final class Deadlines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern BY_DATE =
      Pattern.compile("\\buiterlijk\\s+(?:op\\s+|per\\s+)?" + DutchDates.DATE, FLAGS);
  private static final Pattern BEFORE_DATE = Pattern.compile("(?:\\bvoor|\\bvóór)\\s+"
      + DutchDates.DATE, FLAGS);
  private static final Pattern BY_YEAR = Pattern.compile("\\buiterlijk\\s+"
      + "(?:in\\s+|eind\\s+|einde\\s+|ultimo\\s+)?(?:het jaar\\s+)?(\\d{4})\\b", FLAGS);

  private Deadlines() {}

  /** The due date that {@code sentence} states, if any. */
  static Optional<LocalDate> stated(String sentence) {
    Matcher byDate = BY_DATE.matcher(sentence);
    if (byDate.find() && DutchDates.namesMonth(byDate, 1)) {
      Optional<LocalDate> date = DutchDates.value(byDate, 1);
      if (date.isPresent()) {
        return date;
      }
    }
    Matcher before = BEFORE_DATE.matcher(sentence);
    if (before.find() && DutchDates.namesMonth(before, 1)) {
      Optional<LocalDate> date = DutchDates.value(before, 1);
      if (date.isPresent()) {
        return Optional.of(date.get().minusDays(1));
      }
    }
    Matcher byYear = BY_YEAR.matcher(sentence);
    if (byYear.find()) {
      return Optional.of(LocalDate.of(Integer.parseInt(byYear.group(1)), 12, 31));
    }
    return Optional.empty();
  }
}
