package org.greendeal.imports.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTemplateTest {
  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    return headers;
  }

  private static DataValidation validationOf(Sheet sheet, int column) {
    for (DataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() <= column && column <= range.getLastColumn()
            && range.getFirstRow() == 1) {
          return v;
        }
      }
    }
    throw new AssertionError("no validation on column " + column + " of " + sheet.getSheetName());
  }

  @Test
  void theWorkbookHasADutchSheetPerRecordTypeWithBilingualHeaders() throws Exception {
    try (XSSFWorkbook workbook = Workbooks.template()) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Trajecten", "Bijdragen", "Beleidsintegraties",
          "Projectteam", "Werkgroepen", "Activiteiten", "Communicatie", "Inspanningen",
          "Instrumenten", "Kennisitems", "Publicaties", "Uitnodigingen", "Belemmeringen",
          "Toetredingen");
      assertThat(headers(workbook.getSheet("Trajecten"))).containsExactly("Kenmerk / id",
          "Partij / party", "Titel / title", "Soort / kind", "Startdatum / started",
          "Categorie / category", "Status / status", "Waarde in euro / valueEur",
          "Strategieën / strategies", "Aankondiging / notice");
      assertThat(headers(workbook.getSheet("Bijdragen"))).containsExactly("Partij / party",
          "Jaar / year", "Bedrag in euro / amountEur");
    }
  }

  @Test
  void everyHeaderHasACommentSayingWhetherItIsRequiredAndHowToWriteIt() throws Exception {
    try (XSSFWorkbook workbook = Workbooks.template()) {
      for (Sheet sheet : workbook) {
        for (Cell header : sheet.getRow(0)) {
          assertThat(header.getCellComment()).as(header.getStringCellValue()).isNotNull();
        }
      }
      Row trajecten = workbook.getSheet("Trajecten").getRow(0);
      assertThat(trajecten.getCell(4).getCellComment().getString().getString())
          .contains("Startdatum / started", "Verplicht.", "Required.", "YYYY-MM-DD");
      assertThat(trajecten.getCell(5).getCellComment().getString().getString())
          .contains("Optioneel.", "Optional.");
      assertThat(trajecten.getCell(3).getCellComment().getString().getString())
          .contains("NEW, SCALE_UP");
    }
  }

  @Test
  void enumerationsHaveDropDownListsAndTheKindColumnRefusesOtherValues() throws Exception {
    try (XSSFWorkbook workbook = Workbooks.template()) {
      DataValidation kind = validationOf(workbook.getSheet("Trajecten"), 3);
      assertThat(kind.getValidationConstraint().getExplicitListValues())
          .containsExactly("NEW", "SCALE_UP");
      assertThat(kind.getShowErrorBox()).isTrue();
      DataValidation strategies = validationOf(workbook.getSheet("Trajecten"), 8);
      assertThat(strategies.getValidationConstraint().getExplicitListValues())
          .contains("REUSE", "RECOVER");
      assertThat(strategies.getShowErrorBox()).isFalse();
      for (String[] sheetAndColumn : new String[][] {{"Trajecten", "6"},
          {"Beleidsintegraties", "1"}, {"Instrumenten", "2"}, {"Kennisitems", "5"},
          {"Kennisitems", "7"}, {"Uitnodigingen", "3"}, {"Belemmeringen", "4"},
          {"Toetredingen", "2"}}) {
        assertThat(validationOf(workbook.getSheet(sheetAndColumn[0]),
            Integer.parseInt(sheetAndColumn[1])).getShowErrorBox()).isTrue();
      }
    }
  }

  @Test
  void dateColumnsHaveDateCellsAndAmountsAEuroFormatForFiveHundredRows() throws Exception {
    try (XSSFWorkbook workbook = Workbooks.template()) {
      Sheet trajecten = workbook.getSheet("Trajecten");
      for (int r = 1; r <= SpreadsheetTemplate.FORMATTED_ROWS; r++) {
        assertThat(trajecten.getRow(r).getCell(4).getCellStyle().getDataFormatString())
            .isEqualTo("yyyy-mm-dd");
        assertThat(trajecten.getRow(r).getCell(7).getCellStyle().getDataFormatString())
            .contains("€").contains("0.00");
      }
      assertThat(workbook.getSheet("Projectteam").getRow(500).getCell(3).getCellStyle()
          .getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(workbook.getSheet("Bijdragen").getRow(1).getCell(2).getCellStyle()
          .getDataFormatString()).contains("€");
    }
  }

  @Test
  void typeLimitsTheWorkbookToOneSheet() throws Exception {
    try (XSSFWorkbook workbook = Workbooks.template(List.of(SheetType.BARRIERS))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Belemmeringen");
    }
  }

  @Test
  void theCsvTemplateIsTheHeaderRowOfOneType() {
    assertThat(SpreadsheetTemplate.csv(SheetType.CONTRIBUTIONS))
        .isEqualTo("Partij / party,Jaar / year,Bedrag in euro / amountEur\n");
  }

  @Test
  void eachHeaderPartNamesOnlyItsOwnColumn() {
    for (SheetType type : SheetType.values()) {
      for (Column column : type.columns()) {
        for (String name : List.of(column.dutch(), column.field(), column.header(),
            column.header().toUpperCase(java.util.Locale.ROOT))) {
          assertThat(Headers.column(type, name)).as(type + " " + name).contains(column);
        }
      }
    }
  }

  @Test
  void theDocPageNamesEverySheetAndColumn() throws Exception {
    String doc = java.nio.file.Files.readString(
        java.nio.file.Path.of("../../docs/importers/spreadsheet.md"));
    for (SheetType type : SheetType.values()) {
      assertThat(doc).contains("| " + type.sheetName() + " | `" + type.key() + "` |")
          .contains("### " + type.sheetName() + " (`" + type.key() + "`)");
      for (String header : type.headers()) {
        assertThat(doc).contains("| `" + header + "` |");
      }
    }
  }

  @Test
  void typesAreFoundByKeyOrDutchSheetName() {
    assertThat(SheetType.byName("trajectories")).contains(SheetType.TRAJECTORIES);
    assertThat(SheetType.byName("Trajecten")).contains(SheetType.TRAJECTORIES);
    assertThat(SheetType.byName("knowledge-items")).contains(SheetType.KNOWLEDGE_ITEMS);
    assertThat(SheetType.byName("toetredingen")).contains(SheetType.JOINED);
    assertThat(SheetType.byName("Sheet1")).isEmpty();
    assertThat(SheetType.keys()).hasSize(14).startsWith("trajectories").endsWith("joined");
  }
}
