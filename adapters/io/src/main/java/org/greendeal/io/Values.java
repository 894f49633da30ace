package org.greendeal.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;

/** The readers of single values shared by the deal and the evidence codec. */
final class Values {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Values() {}

  /** Any text; a number or a boolean is taken as written ({@code 706}, {@code yes}). */
  static final ValueReader<String> TEXT = (item, problems) -> text(item, problems, "text");

  /** Text that is not blank: an id, a name, a required title. */
  static final ValueReader<String> NAME = (item, problems) ->
      text(item, problems, "text").filter(text -> {
        if (text.isBlank()) {
          problems.add(item, "is blank; expected text");
        }
        return !text.isBlank();
      });

  /** An ISO date, {@code YYYY-MM-DD}. */
  static final ValueReader<LocalDate> DATE = (item, problems) ->
      text(item, problems, "a date YYYY-MM-DD").flatMap(text -> {
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty()) {
          problems.add(item, "not a date: " + item.node().describe() + "; expected YYYY-MM-DD");
        }
        return date;
      });

  /** An amount in euros: an integer or decimal number, never negative. */
  static final ValueReader<BigDecimal> AMOUNT = (item, problems) ->
      number(item, problems, "an amount in euros").filter(amount -> {
        if (amount.signum() < 0) {
          problems.add(item, "amount is negative: " + amount.toPlainString()
              + "; expected 0 or more");
        }
        return amount.signum() >= 0;
      });

  /** {@code true} or {@code false}. */
  static final ValueReader<Boolean> BOOLEAN = (item, problems) -> {
    if (item.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.TRUE) {
      return Optional.of(true);
    } else if (item.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.FALSE) {
      return Optional.of(false);
    }
    problems.add(item, "expected true or false, found " + item.node().describe());
    return Optional.empty();
  };

  /** A party or unit id: lower-case letters, digits and hyphens. */
  static final ValueReader<PartyId> PARTY_ID = (item, problems) ->
      text(item, problems, "an id").flatMap(text -> {
        if (!PartyId.isValid(text)) {
          problems.add(item, "not a valid id: \"" + text
              + "\"; expected lower-case letters, digits and hyphens");
          return Optional.empty();
        }
        return Optional.of(PartyId.of(text));
      });

  /** A commitment id such as {@code IP-1}. */
  static final ValueReader<CommitmentId> COMMITMENT_ID = (item, problems) ->
      text(item, problems, "a commitment id").flatMap(text -> {
        if (!CommitmentId.isValid(text)) {
          problems.add(item, "not a valid commitment id: \"" + text
              + "\"; expected upper-case letters and digits joined by hyphens, such as IP-1");
          return Optional.empty();
        }
        return Optional.of(CommitmentId.of(text));
      });

  /** A record type by its evidence-file key, such as {@code trajectories}. */
  static final ValueReader<RecordType> RECORD_TYPE = (item, problems) ->
      text(item, problems, "a record type").flatMap(text -> {
        Optional<RecordType> type = RecordType.byKey(text);
        if (type.isEmpty()) {
          problems.add(item, "unknown record type \"" + text + "\"; expected "
              + oneOf(Arrays.stream(RecordType.values()).map(RecordType::key).toList()));
        }
        return type;
      });

  /** A whole number from {@code min} to {@code max}; {@code expected} says what it is. */
  static ValueReader<Integer> integer(int min, int max, String expected) {
    return (item, problems) -> {
      if (item.node() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.INTEGER) {
        BigDecimal value = s.number().orElseThrow();
        if (value.compareTo(BigDecimal.valueOf(min)) >= 0
            && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
          return Optional.of(value.intValueExact());
        }
      }
      problems.add(item, "expected " + expected + ", found " + item.node().describe());
      return Optional.empty();
    };
  }

  /** A constant of {@code type}, by its exact name. */
  static <E extends Enum<E>> ValueReader<E> enumOf(Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    return (item, problems) -> text(item, problems, oneOf(names)).flatMap(text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return Optional.of(constant);
        }
      }
      problems.add(item, "unknown value \"" + text + "\"; expected " + oneOf(names));
      return Optional.empty();
    });
  }

  /** {@code text} as a date if it is a valid ISO {@code YYYY-MM-DD}. */
  static Optional<LocalDate> parseDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code A or B}, or {@code one of A, B or C}: how messages list what is expected. */
  static String oneOf(List<String> names) {
    if (names.isEmpty()) {
      return "nothing";
    } else if (names.size() == 1) {
      return names.get(0);
    } else if (names.size() == 2) {
      return names.get(0) + " or " + names.get(1);
    }
    return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  private static Optional<String> text(Item item, Problems problems, String expected) {
    if (item.node() instanceof ScalarNode s && !s.isNull()) {
      return Optional.of(s.text());
    }
    problems.add(item, "expected " + expected + ", found " + item.node().describe());
    return Optional.empty();
  }

  private static Optional<BigDecimal> number(Item item, Problems problems, String expected) {
    if (item.node() instanceof ScalarNode s && s.number().isPresent()) {
      return s.number();
    }
    problems.add(item, "expected " + expected + ", found " + item.node().describe());
    return Optional.empty();
  }
}
