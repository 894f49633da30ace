package org.greendeal.imports.spreadsheet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes empty evidence spreadsheets to fill in.
 *
 * <p>The xlsx template has one sheet per record type, named in Dutch ({@code Trajecten}, ...,
 * {@code Toetredingen}). Its first row holds the bilingual headers ({@code Startdatum / started}:
 * the English part is the evidence-file field), each with a comment saying what the column means,
 * whether it is required and how to write it. Columns of an enumeration have a drop-down list (the
 * strategies column lets you type several, separated by {@code ,} or {@code ;}); the first {@value
 * #FORMATTED_ROWS} rows have date cells ({@code yyyy-mm-dd}) in date columns and a euro format in
 * amount columns. The CSV template is the header row of one record type.
 */
public final class SpreadsheetTemplate {
  /** How many rows below the header get date and amount formats. */
  public static final int FORMATTED_ROWS = 500;

  private SpreadsheetTemplate() {}

  /** Writes the xlsx template with a sheet for each of {@code types}, in their order. */
  public static void xlsx(List<SheetType> types, OutputStream out) throws IOException {
    checkArgument(!types.isEmpty(), "a template needs at least one sheet");
    checkNotNull(out, "out is null");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (SheetType type : types) {
        sheet(workbook, styles, type);
      }
      workbook.write(out);
    }
    out.flush();
  }

  /** The CSV template of {@code type}: its header row, ending in a line break. */
  public static String csv(SheetType type) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(text,
        CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      printer.printRecord(type.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void sheet(XSSFWorkbook workbook, Styles styles, SheetType type) {
    XSSFSheet sheet = workbook.createSheet(type.sheetName());
    List<Column> columns = type.columns();
    Row header = sheet.createRow(0);
    header.setHeightInPoints(30);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    XSSFCreationHelper helper = workbook.getCreationHelper();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      XSSFCell cell = (XSSFCell) header.createCell(i);
      cell.setCellValue(column.header());
      cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
      ClientAnchor anchor = helper.createClientAnchor();
      anchor.setCol1(i);
      anchor.setCol2(i + 4);
      anchor.setRow1(0);
      anchor.setRow2(9);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(helper.createRichTextString(column.comment()));
      comment.setAuthor("greendeal");
      cell.setCellComment(comment);
      sheet.setColumnWidth(i, Math.min(60, Math.max(16, column.header().length() + 4)) * 256);
      CellStyle style = styles.of(column.kind());
      sheet.setDefaultColumnStyle(i, style);
      if (column.kind() == ColumnKind.CHOICE || column.kind() == ColumnKind.CHOICES) {
        dropDown(sheet, column, i);
      }
    }
    for (int r = 1; r <= FORMATTED_ROWS; r++) {
      Row row = sheet.createRow(r);
      for (int i = 0; i < columns.size(); i++) {
        ColumnKind kind = columns.get(i).kind();
        if (kind == ColumnKind.DATE || kind == ColumnKind.AMOUNT || kind == ColumnKind.YEAR) {
          row.createCell(i).setCellStyle(styles.of(kind));
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
  }

  /**
   * A drop-down list of the column's names, below the header to the sheet's last row. A column of
   * one name refuses other values; a list column lets any text through, for several names.
   */
  private static void dropDown(XSSFSheet sheet, Column column, int index) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint names =
        helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
    int last = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    DataValidation validation =
        helper.createValidation(names, new CellRangeAddressList(1, last, index, index));
    validation.setSuppressDropDownArrow(true);
    boolean single = column.kind() == ColumnKind.CHOICE;
    validation.setShowErrorBox(single);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Ongeldige waarde / Invalid value",
        "Kies uit de lijst / Pick from the list: " + String.join(", ", column.choices()));
    validation.setShowPromptBox(true);
    validation.createPromptBox(column.header(), single
        ? "Kies uit de lijst. / Pick from the list."
        : "Kies uit de lijst, of typ er meer gescheiden door , of ;. / Pick from the list, or "
            + "type several separated by , or ;.");
    sheet.addValidationData(validation);
  }

  /** The cell styles of the template, made once per workbook. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle date;
    final CellStyle amount;
    final CellStyle year;
    final CellStyle text;

    Styles(XSSFWorkbook workbook) {
      header = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
      requiredHeader = headerStyle(workbook, IndexedColors.LIGHT_GREEN);
      short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
      short euroFormat = workbook.createDataFormat().getFormat("\"€\" #,##0.00");
      short yearFormat = workbook.createDataFormat().getFormat("0");
      short textFormat = workbook.createDataFormat().getFormat("@");
      date = format(workbook, dateFormat);
      amount = format(workbook, euroFormat);
      year = format(workbook, yearFormat);
      text = format(workbook, textFormat);
    }

    CellStyle of(ColumnKind kind) {
      return switch (kind) {
        case DATE -> date;
        case AMOUNT -> amount;
        case YEAR -> year;
        default -> text;
      };
    }

    private static CellStyle format(XSSFWorkbook workbook, short format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(format);
      return style;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, IndexedColors fill) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle style = workbook.createCellStyle();
      style.setFont(bold);
      style.setWrapText(true);
      style.setFillForegroundColor(fill.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setBorderBottom(BorderStyle.THIN);
      return style;
    }
  }
}
