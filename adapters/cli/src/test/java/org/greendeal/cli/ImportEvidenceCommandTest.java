package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheets here are illustrative: the parties are the deal's, the records made up. */
class ImportEvidenceCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  private static Path resource(String name) {
    try {
      return Path.of(ImportEvidenceCommandTest.class.getResource("/spreadsheet/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Types {@code values} into row {@code excelRow} of {@code sheet}, from column A on. */
  private static void row(Sheet sheet, int excelRow, Object... values) {
    Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1)
        : sheet.createRow(excelRow - 1);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      Cell cell = row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
      if (values[i] instanceof LocalDate date) {
        cell.setCellValue(date);
      } else if (values[i] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue((String) values[i]);
      }
    }
  }

  /** The template as 'greendeal template' writes it, filled in on several sheets. */
  private Path filledInTemplate(String name) throws IOException {
    Path template = folder.resolve("template.xlsx");
    assertThat(Cli.run("template", "--out", template.toString()).exitCode()).isZero();
    Path filled = folder.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
      Sheet trajecten = workbook.getSheet("Trajecten");
      row(trajecten, 2, "pu-1", "provincie-utrecht", "Circulair kantoormeubilair", "NEW",
          LocalDate.of(2018, 9, 1), "OFFICE_FURNITURE", "AWARDED", 250000, "REUSE, REFURBISH");
      row(trajecten, 3, "pu-2", "Provincie Utrecht", "Circulaire bedrijfskleding", "NEW",
          "1-3-2019", null, "RUNNING", "1.250,50", "REDUCE; RECYCLE");
      row(trajecten, 5, "rws-1", "rws", "Circulair viaduct", "SCALE_UP", "2019-06-15");
      row(workbook.getSheet("Bijdragen"), 2, "provincie-utrecht", 2019, "1.500,00");
      row(workbook.getSheet("Werkgroepen"), 2, "wg-ict", "ICT", "copper8", "ns; alliander",
          LocalDate.of(2018, 10, 1));
      row(workbook.getSheet("Projectteam"), 2, "rvo", "programme advisor",
          LocalDate.of(2018, 6, 7));
      row(workbook.getSheet("Publicaties"), 2, "rws", "2020-06-01", "Lessen uit de pilots");
      try (OutputStream out = Files.newOutputStream(filled)) {
        workbook.write(out);
      }
    }
    Files.delete(template);
    return filled;
  }

  private List<String> filesInFolder() throws IOException {
    List<String> names = new ArrayList<>();
    try (var files = Files.list(folder)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    return names;
  }

  @Test
  void aFilledInTemplateBecomesAnEvidenceFileThatCheckJudges() throws Exception {
    Path xlsx = filledInTemplate("evidence.xlsx");
    Path yaml = folder.resolve("evidence.yaml");

    Cli imported = Cli.run("import", "evidence", xlsx.toString(), "--out", yaml.toString());

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err()).contains("greendeal: read 7, imported 7, skipped 0, refused 0; "
        + "wrote " + yaml);
    Evidence evidence = EvidenceFiles.read(yaml);
    assertThat(evidence.trajectories()).extracting(t -> t.id().orElseThrow())
        .containsExactly("pu-1", "pu-2", "rws-1");
    assertThat(evidence.trajectories().get(1).started()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(evidence.trajectories().get(1).valueEur()).contains(new java.math.BigDecimal(
        "1250.5"));

    Cli check = Cli.run("check", "--evidence", yaml.toString(), "--format", "json");

    assertThat(check.exitCode()).isIn(0, 1);
    JsonNode findings = JSON.readTree(check.out()).get("findings");
    List<String> used = new ArrayList<>();
    findings.forEach(f -> f.path("evidence").forEach(e -> used.add(e.asText())));
    assertThat(used).contains("pu-1", "pu-2", "rws-1");
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals("IP-1")
          && f.path("party").asText().equals("provincie-utrecht")) {
        assertThat(f.get("status").asText()).isEqualTo("MET");
        assertThat(f.get("evidence")).extracting(JsonNode::asText)
            .containsExactly("pu-1", "pu-2");
      }
    }
  }

  @Test
  void withoutOutTheEvidencePrintsAsYamlAndJsonOutIsJson() throws Exception {
    Path xlsx = filledInTemplate("evidence.xlsx");
    Path json = folder.resolve("evidence.json");

    Cli toStdout = Cli.run("import", "evidence", xlsx.toString(), "--type", "contributions");
    Cli toJson = Cli.run("import", "evidence", xlsx.toString(), "--out", json.toString());

    assertThat(toStdout.exitCode()).isZero();
    assertThat(toStdout.out()).contains("contributions:").contains("amountEur: 1500")
        .doesNotContain("trajectories:");
    assertThat(toStdout.err()).contains(xlsx + ":Trajecten: skipped: 3 rows not read: --type "
        + "contributions").contains("read 1, imported 1, skipped 4, refused 0");
    assertThat(toJson.exitCode()).isZero();
    assertThat(JSON.readTree(json.toFile()).get("trajectories")).hasSize(3);
  }

  @Test
  void aCsvWithDutchHeadersAndOneWithEnglishHeadersGiveTheSameEvidence() throws Exception {
    Path dutch = folder.resolve("nl.yaml");
    Path english = folder.resolve("en.yaml");

    Cli nl = Cli.run("import", "evidence", resource("trajecten.csv").toString(), "--out",
        dutch.toString());
    Cli en = Cli.run("import", "evidence", resource("trajectories.csv").toString(), "--type",
        "trajectories", "--out", english.toString());

    assertThat(nl.exitCode()).as(nl.err()).isZero();
    assertThat(en.exitCode()).as(en.err()).isZero();
    assertThat(nl.err()).contains("read 2, imported 2, skipped 0, refused 0");
    Evidence fromDutch = EvidenceFiles.read(dutch);
    assertThat(fromDutch).isEqualTo(EvidenceFiles.read(english));
    assertThat(fromDutch.trajectories().get(0).party()).isEqualTo("Nederlandse Spoorwegen");
    assertThat(fromDutch.trajectories().get(1).started()).isEqualTo(LocalDate.of(2019, 6, 15));
  }

  @Test
  void aFormulaInADateCellIsRefusedWithItsCellAndNothingIsWritten() throws Exception {
    Path xlsx = filledInTemplate("evidence.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      workbook.getSheet("Trajecten").getRow(2).getCell(4)
          .setCellFormula("HYPERLINK(\"https://example.org/x\",\"2019-03-01\")");
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    Path yaml = folder.resolve("evidence.yaml");

    Cli cli = Cli.run("import", "evidence", xlsx.toString(), "--out", yaml.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(xlsx + ":Trajecten!E3: started: a formula is not accepted "
        + "(found \"=HYPERLINK(\"https://example.org/x\",\"2019-03-01\")\"); type the value "
        + "itself, a date YYYY-MM-DD or D-M-YYYY").doesNotContain("Exception");
    assertThat(cli.out()).isEmpty();
    assertThat(filesInFolder()).containsExactly("evidence.xlsx");
  }

  @Test
  void randomBytesAndAWorkbookCutInHalfAreRefused() throws Exception {
    byte[] noise = new byte[2048];
    new Random(5).nextBytes(noise);
    Path random = Files.write(folder.resolve("random.xlsx"), noise);
    byte[] whole = Files.readAllBytes(filledInTemplate("whole.xlsx"));
    Path half = Files.write(folder.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Path yaml = folder.resolve("evidence.yaml");

    for (Path bad : List.of(random, half)) {
      Cli cli = Cli.run("import", "evidence", bad.toString(), "--out", yaml.toString());
      assertThat(cli.exitCode()).isEqualTo(2);
      assertThat(cli.err()).startsWith(bad + ": not a readable xlsx workbook (")
          .doesNotContain("internal error").doesNotContain("\tat ");
      assertThat(Files.exists(yaml)).isFalse();
    }
  }

  @Test
  void aCsvWithAnUnknownColumnIsRefusedAtItsHeader() throws Exception {
    Path csv = Files.writeString(folder.resolve("bijdragen.csv"),
        "Partij;Jaar;Bedrag in euro;Opmerking\nns;2019;1500;via de begroting\n");

    Cli cli = Cli.run("import", "evidence", csv.toString(), "--type", "contributions", "--out",
        folder.resolve("evidence.yaml").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith(csv + ":1:4: unknown column \"Opmerking\" for "
        + "contributions; expected one of Partij / party, Jaar / year or Bedrag in euro / amountEur");
    assertThat(filesInFolder()).containsExactly("bijdragen.csv");
  }

  @Test
  void aDayThatDoesNotExistIsRefusedWithLineAndColumnAndEveryOtherProblemToo()
      throws Exception {
    Path csv = Files.writeString(folder.resolve("trajecten.csv"),
        "Kenmerk,Partij,Titel,Soort,Startdatum\n"
            + "t1,ns,Werkkleding,NEW,31-02-2019\n"
            + ",ns,Meubilair,NEW,2019-01-01\n");

    Cli cli = Cli.run("import", "evidence", csv.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err().lines().toList()).containsExactly(
        csv + ":2:5: started: not a date (found \"31-02-2019\"); expected a date YYYY-MM-DD or "
            + "D-M-YYYY",
        csv + ":3:1: id: is required, but the cell is empty; expected unique id of the "
            + "trajectory, such as pu-1");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void anOutThatIsNoEvidenceFileAndAnUnknownTypeAreUsageErrors() throws Exception {
    Path csv = resource("trajectories.csv");

    Cli xlsxOut = Cli.run("import", "evidence", csv.toString(), "--out",
        folder.resolve("evidence.xlsx").toString());
    Cli badType = Cli.run("import", "evidence", csv.toString(), "--type", "lessons");

    assertThat(xlsxOut.exitCode()).isEqualTo(2);
    assertThat(xlsxOut.err()).contains("expected a file name ending in .yaml, .yml or .json");
    assertThat(badType.exitCode()).isEqualTo(2);
    assertThat(badType.err()).contains("unknown record type \"lessons\"");
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void aMissingFileIsBadInput() {
    Cli cli = Cli.run("import", "evidence", folder.resolve("nope.xlsx").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("nope.xlsx: no such file");
  }
}
