package org.greendeal.imports.spreadsheet;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greendeal.io.Problem;

/**
 * Tells the record type of a CSV file from its header: the type that has every column of the
 * header and all of whose required columns are there. Where several fit, the one whose columns
 * are exactly the header's wins; where that still leaves several, or none fits, the file is
 * refused with a request for {@code --type}.
 */
final class TypeGuess {
  private TypeGuess() {}

  /** The type of {@code table}'s header, or empty with a problem saying why not. */
  static Optional<SheetType> of(Table table, List<Problem> problems) {
    List<String> headers = table.header().stream().map(c -> CellReader.text(c.value()))
        .filter(h -> !h.isEmpty()).toList();
    List<SheetType> fitting = Arrays.stream(SheetType.values())
        .filter(t -> fits(t, headers)).toList();
    List<SheetType> exact = fitting.stream().filter(t -> exact(t, headers)).toList();
    if (exact.size() == 1) {
      return Optional.of(exact.get(0));
    } else if (fitting.size() == 1) {
      return Optional.of(fitting.get(0));
    }
    String keys = String.join(", ", SheetType.keys());
    problems.add(table.origin().problem("", fitting.isEmpty()
        ? "the header fits no record type; give --type, one of " + keys
        : "the header fits " + fitting.stream().map(SheetType::key)
            .collect(Collectors.joining(" and ")) + "; give --type to say which"));
    return Optional.empty();
  }

  private static boolean fits(SheetType type, List<String> headers) {
    Set<Column> named = new HashSet<>();
    for (String header : headers) {
      Optional<Column> column = Headers.column(type, header);
      if (column.isEmpty()) {
        return false;
      }
      named.add(column.get());
    }
    return type.columns().stream().noneMatch(c -> c.required() && !named.contains(c));
  }

  private static boolean exact(SheetType type, List<String> headers) {
    return headers.size() == type.columns().size();
  }
}
