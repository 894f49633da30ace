package org.greendeal.imports.spreadsheet;

import java.util.List;
import org.greendeal.model.SourceRef;

/**
 * A sheet or CSV file as read: its header cells (the first row) and its rows that are not empty,
 * every cell with its place.
 *
 * @param name how a skipped table is named, such as {@code file.xlsx:Trajecten}
 * @param origin the first header cell, where problems about the whole header go
 * @param header the header cells, by column
 * @param rows the rows below the header that hold anything
 */
record Table(String name, Place origin, List<Cell> header, List<Row> rows) {
  Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One cell and where it is. */
  record Cell(Raw value, Place place) {}

  /**
   * One row: its cells by column (blank where nothing was typed), and the source its record gets.
   */
  record Row(List<Cell> cells, SourceRef source, Place first) {
    Row {
      cells = List.copyOf(cells);
    }
  }
}
