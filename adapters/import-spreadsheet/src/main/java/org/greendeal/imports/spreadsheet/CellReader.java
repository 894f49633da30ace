package org.greendeal.imports.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greendeal.io.Problem;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.PartyId;

/**
 * Reads one cell as the value of its column: text, an id, a date, a year, an amount, one or more
 * names of an enumeration, or a list of parties. A cell that is not what its column takes is a
 * problem at the cell, saying what was found and what was expected; a formula never passes.
 */
final class CellReader {
  private final List<Problem> problems;

  CellReader(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * The value of {@code cell} in {@code column} (a {@link List} for list columns); empty, with a
   * problem, when it is not one. The cell is not blank.
   */
  Optional<Object> read(Column column, Table.Cell cell) {
    Raw raw = cell.value();
    if (raw instanceof Raw.Formula) {
      return fail(column, cell, "a formula is not accepted", "type the value itself, "
          + column.expected());
    } else if (raw instanceof Raw.ErrorCode) {
      return fail(column, cell, "an error value", expected(column));
    }
    return switch (column.kind()) {
      case TEXT -> Optional.of(text(raw));
      case PARTY_ID -> partyId(column, cell);
      case COMMITMENT -> commitment(column, cell);
      case DATE -> date(column, cell);
      case YEAR -> year(column, cell);
      case AMOUNT -> amount(column, cell);
      case CHOICE -> choice(column, cell, text(raw)).map(Object.class::cast);
      case CHOICES -> choices(column, cell);
      case PARTIES -> Optional.of(split(text(raw)));
    };
  }

  /** The cell's value as text, as a person would read it. */
  static String text(Raw raw) {
    if (raw instanceof Raw.Text t) {
      return t.text().strip();
    } else if (raw instanceof Raw.Numeric n) {
      return n.plain();
    } else if (raw instanceof Raw.DateCell d) {
      return d.date().toString();
    }
    return "";
  }

  private Optional<Object> partyId(Column column, Table.Cell cell) {
    String text = text(cell.value());
    if (!PartyId.isValid(text)) {
      return fail(column, cell, "not a valid id", expected(column));
    }
    return Optional.of(PartyId.of(text));
  }

  private Optional<Object> commitment(Column column, Table.Cell cell) {
    String text = text(cell.value()).toUpperCase(Locale.ROOT);
    if (!CommitmentId.isValid(text)) {
      return fail(column, cell, "not a commitment id", expected(column));
    }
    return Optional.of(CommitmentId.of(text));
  }

  private Optional<Object> date(Column column, Table.Cell cell) {
    Raw raw = cell.value();
    if (raw instanceof Raw.DateCell d) {
      return Optional.of(d.date());
    } else if (raw instanceof Raw.Text t) {
      return Dates.parse(t.text()).<Object>map(d -> d)
          .or(() -> fail(column, cell, "not a date", expected(column)));
    }
    return fail(column, cell, "not a date", expected(column));
  }

  private Optional<Object> year(Column column, Table.Cell cell) {
    Raw raw = cell.value();
    String text = raw instanceof Raw.Numeric || raw instanceof Raw.Text ? text(raw) : "";
    if (text.matches("\\d{4}")) {
      return Optional.of(Integer.parseInt(text));
    }
    return fail(column, cell, "not a year", expected(column));
  }

  private Optional<Object> amount(Column column, Table.Cell cell) {
    Raw raw = cell.value();
    BigDecimal amount;
    if (raw instanceof Raw.Numeric n) {
      amount = new BigDecimal(n.plain());
    } else if (raw instanceof Raw.Text t) {
      try {
        amount = Amounts.parse(t.text());
      } catch (Amounts.NotAnAmount e) {
        return fail(column, cell, e.getMessage(), e.hint().isEmpty() ? expected(column)
            : e.hint());
      }
    } else {
      return fail(column, cell, "not an amount", expected(column));
    }
    if (amount.signum() < 0) {
      return fail(column, cell, "amount is negative", "expected 0 or more");
    }
    return Optional.of(amount);
  }

  private Optional<Enum<?>> choice(Column column, Table.Cell cell, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    Optional<Enum<?>> constant = Arrays.<Enum<?>>stream(column.choiceType().getEnumConstants())
        .filter(c -> c.name().equals(name)).findFirst();
    if (constant.isEmpty()) {
      problems.add(cell.place().problem(column.field(), "unknown value \"" + Raw.shorten(text)
          + "\"; expected " + Column.oneOf(column.choices())));
    }
    return constant;
  }

  private Optional<Object> choices(Column column, Table.Cell cell) {
    List<Enum<?>> values = new ArrayList<>();
    boolean clean = true;
    for (String part : split(text(cell.value()))) {
      Optional<Enum<?>> value = choice(column, cell, part);
      value.ifPresent(values::add);
      clean &= value.isPresent();
    }
    return clean ? Optional.of(values) : Optional.empty();
  }

  /** The parts of {@code text} between {@code ,} and {@code ;}, trimmed, empty ones left out. */
  static List<String> split(String text) {
    return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  /** A problem: what the cell is, what was found, and {@code then}, what to do instead. */
  private <T> Optional<T> fail(Column column, Table.Cell cell, String what, String then) {
    problems.add(cell.place().problem(column.field(), what + " (found "
        + cell.value().describe() + "); " + then));
    return Optional.empty();
  }

  private static String expected(Column column) {
    return "expected " + column.expected();
  }
}
