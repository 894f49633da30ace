package org.greendeal.imports.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.io.Problem;

/**
 * Binds one table to records of one type: matches its header to the type's columns, reads every
 * cell of every row, checks required values, and builds a record of each row that had no problem.
 * Every problem found is added; nothing stops at the first.
 */
final class TableBinder {
  private final List<Problem> problems;
  private final CellReader reader;

  TableBinder(List<Problem> problems) {
    this.problems = problems;
    this.reader = new CellReader(problems);
  }

  /** Binds {@code table} as records of {@code type} into {@code into}; returns the rows read. */
  int bind(SheetType type, Table table, EvidenceAssembler into) {
    int problemsBefore = problems.size();
    Header header = header(type, table);
    boolean headerComplete = requiredColumnsPresent(type, table, header.columns());
    boolean headerClean = problems.size() == problemsBefore;
    for (Table.Row row : table.rows()) {
      bindRow(type, row, header, headerClean && headerComplete, into);
    }
    return table.rows().size();
  }

  /**
   * The header as bound: the known columns by index, and the indexes of every header cell that
   * holds anything (known or not).
   */
  private record Header(Map<Integer, Column> columns, Set<Integer> headed) {}

  /** The header of {@code table}; problems for unknown and repeated headers. */
  private Header header(SheetType type, Table table) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    Set<Integer> headed = new HashSet<>();
    Map<Column, Place> seen = new HashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      Table.Cell cell = table.header().get(i);
      if (!cell.value().isBlank()) {
        headed.add(i);
      }
      if (cell.value() instanceof Raw.Formula || cell.value() instanceof Raw.ErrorCode) {
        problems.add(cell.place().problem("", "not a column header (found "
            + cell.value().describe() + "); type the header itself"));
        continue;
      }
      String text = CellReader.text(cell.value());
      if (text.isEmpty()) {
        continue;
      }
      Optional<Column> column = Headers.column(type, text);
      if (column.isEmpty()) {
        problems.add(cell.place().problem("", "unknown column \"" + Raw.shorten(text)
            + "\" for " + type.key() + "; expected " + Column.oneOf(type.headers())));
      } else if (seen.containsKey(column.get())) {
        problems.add(cell.place().problem(column.get().field(), "column \"" + Raw.shorten(text)
            + "\" appears twice (also at " + seen.get(column.get()).shortName()
            + "); expected each column once"));
      } else {
        seen.put(column.get(), cell.place());
        columns.put(i, column.get());
      }
    }
    return new Header(columns, headed);
  }

  /** Whether every required column is there; a problem for each one missing if there are rows. */
  private boolean requiredColumnsPresent(SheetType type, Table table,
      Map<Integer, Column> columns) {
    List<Column> missing = type.columns().stream()
        .filter(c -> c.required() && !columns.containsValue(c)).toList();
    if (!table.rows().isEmpty()) {
      for (Column column : missing) {
        problems.add(table.origin().problem(column.field(), "required column is missing; add "
            + "a column \"" + column.header() + "\" to the header row"));
      }
    }
    return missing.isEmpty();
  }

  private void bindRow(SheetType type, Table.Row row, Header header, boolean buildable,
      EvidenceAssembler into) {
    int problemsBefore = problems.size();
    RowValues values = new RowValues();
    Map<String, Place> places = new HashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      Table.Cell cell = row.cells().get(i);
      Column column = header.columns().get(i);
      if (column == null) {
        if (!cell.value().isBlank() && !header.headed().contains(i)) {
          problems.add(cell.place().problem("", "a value in a column without a header (found "
              + cell.value().describe() + "); expected a header in the first row, or nothing"));
        }
        continue;
      }
      places.put(column.field(), cell.place());
      Optional<Object> value = cell.value().isBlank() ? Optional.empty()
          : reader.read(column, cell);
      boolean empty = cell.value().isBlank()
          || value.isPresent() && value.get() instanceof List<?> list && list.isEmpty();
      if (empty && column.required()) {
        problems.add(cell.place().problem(column.field(), "is required, but the cell is empty; "
            + "expected " + expectedOfRequired(column)));
      } else if (!empty) {
        value.ifPresent(v -> values.put(column.field(), v));
      }
    }
    if (buildable && problems.size() == problemsBefore) {
      try {
        Object record = RecordFactory.build(type, values, row.source());
        into.add(type, new EvidenceAssembler.Bound(record, row.first(), places));
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(row.first().problem("", String.valueOf(e.getMessage())));
      }
    }
  }

  /** What a required cell should hold: for text, what the column means. */
  private static String expectedOfRequired(Column column) {
    if (column.kind() != ColumnKind.TEXT) {
      return column.expected();
    }
    String about = column.aboutEn().replaceAll("\\.$", "");
    return Character.toLowerCase(about.charAt(0)) + about.substring(1);
  }
}
