package org.greendeal.imports.spreadsheet;

import org.apache.poi.ss.util.CellReference;
import org.greendeal.io.Problem;

/** Where a cell is: a sheet's cell ({@code Trajecten!C7}) or a CSV file's line and column. */
interface Place {
  /** A problem with {@code field} at this place. */
  Problem problem(String field, String message);

  /** The place within its table, for messages that point at another: {@code C1}, {@code column 3}. */
  String shortName();

  /** A cell of a workbook sheet, 0-based; problems read {@code file.xlsx:Trajecten!C7}. */
  record SheetCell(String file, String sheet, int row, int column) implements Place {
    @Override
    public Problem problem(String field, String message) {
      String reference = new CellReference(sheet, row, column, false, false).formatAsString();
      return new Problem(file + ":" + reference, 0, 0, field, message);
    }

    @Override
    public String shortName() {
      return new CellReference(row, column, false, false).formatAsString();
    }
  }

  /** A field of a CSV file, 1-based; problems read {@code file.csv:7:3}. */
  record CsvField(String file, int line, int column) implements Place {
    @Override
    public Problem problem(String field, String message) {
      return new Problem(file, line, column, field, message);
    }

    @Override
    public String shortName() {
      return "column " + column;
    }
  }
}
