package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir
  Path folder;

  private static boolean validates(Sheet sheet, int column, String... values) {
    for (DataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() == column && range.getFirstRow() == 1
            && List.of(v.getValidationConstraint().getExplicitListValues())
                .equals(List.of(values))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void xlsxOutWritesAWorkbookThatOpensWithItsSheetsHeadersCommentsListsAndDateCells()
      throws Exception {
    Path target = folder.resolve("t.xlsx");

    Cli cli = Cli.run("template", "--format", "xlsx", "--out", target.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("wrote " + target + " (xlsx template, 14 sheets)");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("Trajecten", "Bijdragen", "Beleidsintegraties",
          "Projectteam", "Werkgroepen", "Activiteiten", "Communicatie", "Inspanningen",
          "Instrumenten", "Kennisitems", "Publicaties", "Uitnodigingen", "Belemmeringen",
          "Toetredingen");
      Sheet trajecten = workbook.getSheet("Trajecten");
      assertThat(trajecten.getRow(0).getCell(4).getStringCellValue())
          .isEqualTo("Startdatum / started");
      assertThat(trajecten.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Soort / kind");
      assertThat(trajecten.getRow(0).getCell(4).getCellComment().getString().getString())
          .contains("Verplicht", "Required", "YYYY-MM-DD");
      assertThat(validates(trajecten, 3, "NEW", "SCALE_UP")).isTrue();
      assertThat(validates(workbook.getSheet("Instrumenten"), 2, "WORK_METHOD",
          "PROCUREMENT_INSTRUMENT", "KNOWLEDGE_TRANSFER")).isTrue();
      assertThat(trajecten.getRow(1).getCell(4).getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      trajecten.getRow(500).getCell(4).setCellValue(java.time.LocalDate.of(2019, 3, 1));
      assertThat(DateUtil.isCellDateFormatted(trajecten.getRow(500).getCell(4))).isTrue();
      assertThat(trajecten.getRow(1).getCell(7).getCellStyle().getDataFormatString())
          .contains("€");
    }
  }

  @Test
  void typeGivesOneSheetAndTheFormatFollowsTheOutExtension() throws Exception {
    Path target = folder.resolve("toetredingen.xlsx");

    Cli cli = Cli.run("template", "--type", "joined", "--out", target.toString());

    assertThat(cli.exitCode()).isZero();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(target))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Toetredingen");
    }
  }

  @Test
  void csvWithTypePrintsTheBilingualHeaderRow() {
    Cli cli = Cli.run("template", "--format", "csv", "--type", "contributions");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEqualTo("Partij / party,Jaar / year,Bedrag in euro / amountEur\n");
  }

  @Test
  void csvWithoutTypeIsTheTrajectoriesHeader() {
    Cli cli = Cli.run("template", "--format", "csv");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Kenmerk / id,Partij / party,Titel / title,Soort / kind,"
        + "Startdatum / started,");
  }

  @Test
  void csvOutWritesTheFile() throws Exception {
    Path target = folder.resolve("werkgroepen.csv");

    Cli cli = Cli.run("template", "--type", "Werkgroepen", "--out", target.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(Files.readString(target)).isEqualTo("Kenmerk / id,Thema / theme,"
        + "Begeleid door / guidedBy,Leden / members,Startdatum / started\n");
  }

  @Test
  void xlsxWithoutOutGoesToARedirectedStandardOutput() throws Exception {
    new XSSFWorkbook().close(); // POI's logging starts before stdout is captured: see below
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Cli cli;
    try {
      System.setOut(new PrintStream(captured, true));
      cli = Cli.run("template", "--format", "xlsx", "--type", "barriers");
    } finally {
      System.setOut(original);
    }

    assertThat(cli.exitCode()).isZero();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(captured.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Belemmeringen");
    }
  }

  /**
   * In a JVM of its own, as a user runs it: nothing but the workbook reaches standard output. Log4j
   * API (which POI logs through) prints "could not find a logging provider" to standard output
   * when it has no provider (apache/logging-log4j2#3665, since 2.23), which corrupts the file.
   */
  @Test
  void aWorkbookOnStandardOutputIsNothingButTheWorkbook() throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(javaBin.toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "template", "--format",
        "xlsx", "--type", "barriers")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] stdout = process.getInputStream().readAllBytes();

    assertThat(process.waitFor()).isZero();
    assertThat(new String(stdout, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(stdout))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Belemmeringen");
    }
  }

  @Test
  void anUnknownTypeIsAUsageErrorThatListsTheTypes() {
    Cli cli = Cli.run("template", "--format", "csv", "--type", "trajects");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("unknown record type \"trajects\"; expected one of "
        + "trajectories, contributions,").contains("joined");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void withoutAFormatOrAnOutExtensionItAsksForOne() {
    Cli cli = Cli.run("template");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("greendeal: give --format xlsx or --format csv");
  }

  @Test
  void aFormatThatContradictsTheOutExtensionWritesNothing() throws Exception {
    Path target = folder.resolve("t.csv");

    Cli cli = Cli.run("template", "--format", "xlsx", "--out", target.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("does not end in .xlsx");
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void helpShowsTheTypesAndExamples() {
    Cli cli = Cli.run("template", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("--type=TYPE").contains("trajectories, contributions")
        .contains("greendeal template --format xlsx --out evidence.xlsx");
  }
}
