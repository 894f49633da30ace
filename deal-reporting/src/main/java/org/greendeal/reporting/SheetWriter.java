package org.greendeal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Fills one worksheet row by row, cell by cell: text through {@link FormulaGuard}, numbers, dates and
 * amounts as typed cells with a format; it tracks the content's length per column to set the widths
 * at the end (no {@code autoSizeColumn}, which needs fonts a headless machine may lack).
 */
final class SheetWriter {
  /** The longest text a cell holds. */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;

  private final Sheet sheet;
  private final Styles styles;
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private int next;
  private Row row;
  private int column;

  SheetWriter(Sheet sheet, Styles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /** The index of the current row. */
  int rowIndex() {
    return next - 1;
  }

  /** Starts a new row. */
  SheetWriter row() {
    row = sheet.createRow(next++);
    column = 0;
    return this;
  }

  /** Leaves a row blank. */
  SheetWriter blank() {
    next++;
    row = null;
    return this;
  }

  /** A row of bold column names; returns its index. */
  int header(List<String> names) {
    row();
    for (String name : names) {
      cell(styles.bold, name.length()).setCellValue(FormulaGuard.text(name));
    }
    return rowIndex();
  }

  /** A row of one text in {@code style} that may overflow into the next cells (not measured). */
  SheetWriter line(String text, CellStyle style) {
    row();
    Cell cell = row.createCell(column++);
    cell.setCellStyle(style);
    cell.setCellValue(clip(FormulaGuard.text(text)));
    return this;
  }

  /** A text cell, guarded against formulas. */
  SheetWriter text(String text) {
    String safe = clip(FormulaGuard.text(text));
    cell(null, longestLine(safe)).setCellValue(safe);
    return this;
  }

  /** A text cell, or an empty one. */
  SheetWriter text(Optional<String> text) {
    return text.isPresent() ? text(text.get()) : empty();
  }

  /** A numeric cell. */
  SheetWriter number(long value) {
    cell(null, String.valueOf(value).length()).setCellValue(value);
    return this;
  }

  /** A numeric cell, or an empty one. */
  SheetWriter number(Optional<Integer> value) {
    return value.isPresent() ? number(value.get()) : empty();
  }

  /** A date cell formatted {@code yyyy-mm-dd}. */
  SheetWriter date(LocalDate date) {
    cell(styles.date, 10).setCellValue(date);
    return this;
  }

  /** A date cell, or an empty one. */
  SheetWriter date(Optional<LocalDate> date) {
    return date.isPresent() ? date(date.get()) : empty();
  }

  /** A numeric cell in euros. */
  SheetWriter euros(BigDecimal amount) {
    String digits = amount.setScale(0, java.math.RoundingMode.DOWN).abs().toPlainString();
    cell(styles.euros, digits.length() + digits.length() / 3 + 5).setCellValue(amount.doubleValue());
    return this;
  }

  /** An amount cell, or an empty one. */
  SheetWriter euros(Optional<BigDecimal> amount) {
    return amount.isPresent() ? euros(amount.get()) : empty();
  }

  /** A percentage, 0..100, as a fraction formatted {@code 0%}. */
  SheetWriter percent(int percent) {
    cell(styles.percent, 4).setCellValue(percent / 100.0);
    return this;
  }

  /** An empty cell. */
  SheetWriter empty() {
    row.createCell(column++);
    return this;
  }

  /** An auto filter over the rows {@code header..last} and the columns {@code 0..lastColumn}. */
  void filter(int header, int last, int lastColumn) {
    sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, last), 0, lastColumn));
  }

  /** Freezes the panes below the first row and sets the column widths from the content. */
  void finish() {
    sheet.createFreezePane(0, 1);
    widths.forEach((col, chars) ->
        sheet.setColumnWidth(col, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars + 2)) * 256));
  }

  private Cell cell(CellStyle style, int chars) {
    Cell cell = row.createCell(column);
    if (style != null) {
      cell.setCellStyle(style);
    }
    widths.merge(column, chars, Math::max);
    column++;
    return cell;
  }

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  /** The cell styles of one workbook. */
  static final class Styles {
    final CellStyle bold;
    final CellStyle title;
    final CellStyle warning;
    final CellStyle date;
    final CellStyle euros;
    final CellStyle percent;

    Styles(Workbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);

      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(titleFont);

      Font warningFont = workbook.createFont();
      warningFont.setBold(true);
      warningFont.setColor(IndexedColors.DARK_RED.getIndex());
      warning = workbook.createCellStyle();
      warning.setFont(warningFont);

      short iso = workbook.createDataFormat().getFormat("yyyy-mm-dd");
      date = workbook.createCellStyle();
      date.setDataFormat(iso);

      euros = workbook.createCellStyle();
      euros.setDataFormat(workbook.createDataFormat().getFormat("\"\u20ac \"#,##0.00"));

      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    }
  }
}
