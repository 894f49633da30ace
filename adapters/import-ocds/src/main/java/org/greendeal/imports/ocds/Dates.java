package org.greendeal.imports.ocds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * OCDS dates: ISO 8601 date-times such as {@code 2019-03-01T09:00:00Z}. A date without a time or
 * an offset is taken too; a date-time without an offset is read as UTC.
 */
final class Dates {
  private Dates() {}

  /**
   * The date-time in {@code value}, or empty when it is absent or unreadable (the latter adds a
   * problem).
   */
  static Optional<OffsetDateTime> read(JsonValue value, LocalProblems problems) {
    if (value.isAbsent()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> parsed = value.is(JsonValue.Kind.STRING)
        ? parse(value.text().strip()) : Optional.empty();
    if (parsed.isEmpty()) {
      problems.at(value, "is " + value.describe() + "; expected an ISO 8601 date-time such as"
          + " 2019-03-01T09:00:00Z");
    }
    return parsed;
  }

  private static Optional<OffsetDateTime> parse(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      // not with an offset; try the plainer forms
    }
    try {
      return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a local date-time either
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
