package org.greendeal.imports.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in the template with POI, as a person would in a spreadsheet program. */
final class Workbooks {
  private Workbooks() {}

  /** The template of {@code types}, opened for filling in. */
  static XSSFWorkbook template(List<SheetType> types) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SpreadsheetTemplate.xlsx(types, bytes);
      return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole template, opened for filling in. */
  static XSSFWorkbook template() {
    return template(List.of(SheetType.values()));
  }

  /**
   * Types {@code value} into cell {@code reference} ({@code E2}) of {@code sheet}: a LocalDate as
   * a date cell, a number as a number, text as text, keeping the template's cell style.
   */
  static void put(Sheet sheet, String reference, Object value) {
    CellReference at = new CellReference(reference);
    Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow())
        : sheet.createRow(at.getRow());
    Cell cell = row.getCell(at.getCol()) != null ? row.getCell(at.getCol())
        : row.createCell(at.getCol());
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      if (!org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
        throw new IllegalStateException(reference + " is not date-formatted in the template");
      }
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else {
      cell.setCellValue((String) value);
    }
  }

  /** Types a whole row from column A on. */
  static void row(Sheet sheet, int excelRow, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        put(sheet, new CellReference(excelRow - 1, i).formatAsString(), values[i]);
      }
    }
  }

  /** Saves {@code workbook} as {@code file}. */
  static Path save(XSSFWorkbook workbook, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
      workbook.close();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
