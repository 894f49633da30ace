package org.greendeal.imports.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.SourceRef;

/**
 * Reads every sheet of a workbook (xlsx, with Apache POI) as a {@link Table}, without evaluating
 * anything: a formula stays a formula, so that it can be refused. A file that is not a readable
 * workbook is refused whole.
 */
final class WorkbookReader {
  /** A sheet's name and its table. */
  record NamedTable(String sheet, Table table) {}

  private WorkbookReader() {}

  /**
   * The sheets of {@code file}, named {@code name} in problems, in workbook order.
   *
   * @throws InputException if it cannot be opened as a workbook
   */
  static List<NamedTable> read(Path file, String name) {
    List<NamedTable> tables = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Sheet sheet : workbook) {
        tables.add(new NamedTable(sheet.getSheetName(), table(name, sheet)));
      }
    } catch (EncryptedDocumentException e) {
      throw new InputException(Problem.ofFile(name,
          "is password-protected; expected a workbook without a password"));
    } catch (IOException | RuntimeException e) {
      throw new InputException(Problem.ofFile(name, "not a readable xlsx workbook ("
          + Raw.shorten(String.valueOf(e.getMessage())) + "); expected a workbook saved by a "
          + "spreadsheet program, such as the one 'greendeal template' writes"));
    }
    return tables;
  }

  private static Table table(String file, Sheet sheet) {
    String sheetName = sheet.getSheetName();
    Row headerRow = sheet.getRow(0);
    int width = headerRow == null ? 0 : Math.max(0, headerRow.getLastCellNum());
    List<Table.Cell> header = cells(file, sheet, headerRow, 0, width);
    List<Table.Row> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      List<Table.Cell> cells = cells(file, sheet, row, r, Math.max(width, row.getLastCellNum()));
      if (cells.stream().allMatch(c -> c.value().isBlank())) {
        continue;
      }
      rows.add(new Table.Row(cells, new SourceRef(file + ":" + sheetName, r + 1, 1),
          new Place.SheetCell(file, sheetName, r, 0)));
    }
    return new Table(file + ":" + sheetName, new Place.SheetCell(file, sheetName, 0, 0), header,
        rows);
  }

  private static List<Table.Cell> cells(String file, Sheet sheet, Row row, int r, int width) {
    List<Table.Cell> cells = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      Raw value = row == null ? Raw.BLANK : raw(row.getCell(c));
      cells.add(new Table.Cell(value, new Place.SheetCell(file, sheet.getSheetName(), r, c)));
    }
    return cells;
  }

  /** What {@code cell} holds, as typed. */
  static Raw raw(Cell cell) {
    if (cell == null) {
      return Raw.BLANK;
    }
    return switch (cell.getCellType()) {
      case FORMULA -> new Raw.Formula(cell.getCellFormula());
      case STRING -> new Raw.Text(cell.getStringCellValue());
      case NUMERIC -> number(cell);
      case BOOLEAN -> new Raw.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR -> new Raw.ErrorCode(errorCode(cell.getErrorCellValue()));
      default -> Raw.BLANK;
    };
  }

  private static Raw number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime date = cell.getLocalDateTimeCellValue();
      if (date != null) {
        return new Raw.DateCell(date.toLocalDate());
      }
    }
    return new Raw.Numeric(cell.getNumericCellValue());
  }

  private static String errorCode(byte code) {
    return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
  }
}
