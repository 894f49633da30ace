package org.greendeal.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The deal's looptijd: the first and the last day on which it runs, both inclusive.
 *
 * @param start the first day (the signing date, usually)
 * @param end the last day
 */
public record Term(LocalDate start, LocalDate end) {
  public Term {
    checkNotNull(start, "term start is null");
    checkNotNull(end, "term end is null");
    checkArgument(!start.isAfter(end), "term: start %s is after end %s", start, end);
  }

  /** The term from {@code start} to {@code end}, inclusive. */
  public static Term of(LocalDate start, LocalDate end) {
    return new Term(start, end);
  }

  /** Whether {@code date} lies in the term, boundaries included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether any day of calendar year {@code year} lies in the term. */
  public boolean containsYear(int year) {
    return year >= start.getYear() && year <= end.getYear();
  }
}
