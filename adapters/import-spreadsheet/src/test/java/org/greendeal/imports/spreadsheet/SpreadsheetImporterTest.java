package org.greendeal.imports.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.greendeal.imports.spreadsheet.Workbooks.put;
import static org.greendeal.imports.spreadsheet.Workbooks.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.ImportResult;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Evidence;
import org.greendeal.model.Factor;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableAppointment;
import org.greendeal.model.ImmutableBarrier;
import org.greendeal.model.ImmutableCommunication;
import org.greendeal.model.ImmutableContribution;
import org.greendeal.model.ImmutableEffort;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.ImmutableInstrument;
import org.greendeal.model.ImmutableInvitation;
import org.greendeal.model.ImmutableJoinedParty;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.PartyId;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Illustrative evidence only: the parties are the deal's, the records are made up for the test. */
class SpreadsheetImporterTest {
  @TempDir
  Path dir;

  private static List<String> problems(Runnable read) {
    try {
      read.run();
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the input to be refused");
  }

  /** The whole template filled in on several sheets, with date cells and text dates. */
  static XSSFWorkbook filledIn() {
    XSSFWorkbook workbook = Workbooks.template();
    var trajecten = workbook.getSheet("Trajecten");
    row(trajecten, 2, "pu-1", "provincie-utrecht", "Circulair kantoormeubilair", "NEW",
        LocalDate.of(2018, 9, 1), "OFFICE_FURNITURE", "AWARDED", 250000, "REUSE, REFURBISH",
        "illustrative tender 2018-001");
    row(trajecten, 3, "pu-2", "Provincie Utrecht", "Circulaire bedrijfskleding", "new",
        "1-3-2019", null, "running", "1.250.000,50", "reduce; recycle");
    // row 4 left empty on purpose: empty rows are skipped
    row(trajecten, 5, "ns-1", "ns", "Opschaling hergebruik stoelen", "SCALE_UP", "2019-06-15");
    var bijdragen = workbook.getSheet("Bijdragen");
    row(bijdragen, 2, "provincie-utrecht", 2019, 1500);
    row(bijdragen, 3, "ns", "2020", "1.250,75");
    var werkgroepen = workbook.getSheet("Werkgroepen");
    row(werkgroepen, 2, "wg-ict", "ICT", "copper8", "ns; alliander, prorail",
        LocalDate.of(2018, 10, 1));
    var projectteam = workbook.getSheet("Projectteam");
    row(projectteam, 2, "rvo", "programme advisor", LocalDate.of(2018, 6, 7));
    var kennis = workbook.getSheet("Kennisitems");
    row(kennis, 2, "k1", "alliander", "01-09-2019", "Vroeg de markt betrekken",
        "Een marktconsultatie vooraf gaf betere offertes.", "SUCCESS", "Bouw");
    var inspanningen = workbook.getSheet("Inspanningen");
    row(inspanningen, 2, "copper8", "kp-3", LocalDate.of(2019, 2, 1), "Deelname aan onderzoek");
    var toetredingen = workbook.getSheet("Toetredingen");
    row(toetredingen, 2, "gemeente-amsterdam", "Gemeente Amsterdam", "PROCURING_PARTICIPANT",
        LocalDate.of(2019, 3, 1));
    var belemmeringen = workbook.getSheet("Belemmeringen");
    row(belemmeringen, 2, "b1", "ienw", "2019-04-01", "Afvalstoffenregels bij hergebruik",
        "ADDRESSED");
    return workbook;
  }

  static Evidence expected() {
    return ImmutableEvidence.builder()
        .addJoined(ImmutableJoinedParty.builder().id(PartyId.of("gemeente-amsterdam"))
            .name("Gemeente Amsterdam").role(Role.PROCURING_PARTICIPANT)
            .date(LocalDate.of(2019, 3, 1)).build())
        .addTrajectories(ImmutableTrajectory.builder().id("pu-1").party("provincie-utrecht")
            .title("Circulair kantoormeubilair").kind(TrajectoryKind.NEW)
            .started(LocalDate.of(2018, 9, 1)).category("OFFICE_FURNITURE")
            .status(TrajectoryStatus.AWARDED).valueEur(new BigDecimal("250000"))
            .addStrategies(Strategy.REUSE, Strategy.REFURBISH)
            .notice("illustrative tender 2018-001").build())
        .addTrajectories(ImmutableTrajectory.builder().id("pu-2").party("Provincie Utrecht")
            .title("Circulaire bedrijfskleding").kind(TrajectoryKind.NEW)
            .started(LocalDate.of(2019, 3, 1)).status(TrajectoryStatus.RUNNING)
            .valueEur(new BigDecimal("1250000.5"))
            .addStrategies(Strategy.REDUCE, Strategy.RECYCLE).build())
        .addTrajectories(ImmutableTrajectory.builder().id("ns-1").party("ns")
            .title("Opschaling hergebruik stoelen").kind(TrajectoryKind.SCALE_UP)
            .started(LocalDate.of(2019, 6, 15)).build())
        .addContributions(ImmutableContribution.builder().party("provincie-utrecht").year(2019)
            .amountEur(new BigDecimal("1500")).build())
        .addContributions(ImmutableContribution.builder().party("ns").year(2020)
            .amountEur(new BigDecimal("1250.75")).build())
        .addAppointments(ImmutableAppointment.builder().party("rvo").member("programme advisor")
            .from(LocalDate.of(2018, 6, 7)).build())
        .addWorkingGroups(ImmutableWorkingGroup.builder().id("wg-ict").theme("ICT")
            .addGuidedBy("copper8").addMembers("ns", "alliander", "prorail")
            .started(LocalDate.of(2018, 10, 1)).build())
        .addEfforts(ImmutableEffort.builder().party("copper8").commitment(CommitmentId.of("KP-3"))
            .date(LocalDate.of(2019, 2, 1)).description("Deelname aan onderzoek").build())
        .addKnowledgeItems(ImmutableKnowledgeItem.builder().id("k1").party("alliander")
            .date(LocalDate.of(2019, 9, 1)).title("Vroeg de markt betrekken")
            .text("Een marktconsultatie vooraf gaf betere offertes.").factor(Factor.SUCCESS)
            .theme("Bouw").build())
        .addBarriers(ImmutableBarrier.builder().id("b1").raisedBy("ienw")
            .date(LocalDate.of(2019, 4, 1)).description("Afvalstoffenregels bij hergebruik")
            .status(BarrierStatus.ADDRESSED).build())
        .build();
  }

  @Test
  void aFilledInTemplateReadsBackAsTheEvidenceTypedIn() {
    Path file = Workbooks.save(filledIn(), dir.resolve("evidence.xlsx"));

    ImportResult result = SpreadsheetImporter.read(file);

    assertThat(result.evidence()).isEqualTo(expected());
    assertThat(result.read()).isEqualTo(10);
    assertThat(result.imported()).isEqualTo(10);
    assertThat(result.skipped()).isEmpty();
    assertThat(result.evidence().trajectories().get(2).source())
        .contains(new SourceRef(file + ":Trajecten", 5, 1));
    assertThat(EvidenceFiles.read("imported.yaml", EvidenceFiles.toYaml(result.evidence())))
        .isEqualTo(expected());
  }

  @Test
  void typeReadsOneSheetAndListsTheOthersAsSkipped() {
    Path file = Workbooks.save(filledIn(), dir.resolve("evidence.xlsx"));

    ImportResult result = SpreadsheetImporter.read(file, SheetType.CONTRIBUTIONS);

    assertThat(result.evidence().contributions()).hasSize(2);
    assertThat(result.evidence().trajectories()).isEmpty();
    assertThat(result.skipped()).extracting(ImportResult.Skipped::toString)
        .containsExactly(file + ":Trajecten: skipped: 3 rows not read: --type contributions",
            file + ":Projectteam: skipped: 1 row not read: --type contributions",
            file + ":Werkgroepen: skipped: 1 row not read: --type contributions",
            file + ":Inspanningen: skipped: 1 row not read: --type contributions",
            file + ":Kennisitems: skipped: 1 row not read: --type contributions",
            file + ":Belemmeringen: skipped: 1 row not read: --type contributions",
            file + ":Toetredingen: skipped: 1 row not read: --type contributions");
  }

  @Test
  void englishSheetNamesAndEnglishOrDutchHeadersWork() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    var sheet = workbook.createSheet("trajectories");
    row(sheet, 1, "ID", "Partij", "title", "SOORT", "Startdatum / started", "Strategieen");
    row(sheet, 2, "t1", "ns", "Circulaire werkkleding", "NEW", "2019-01-31", "REUSE");
    Path file = Workbooks.save(workbook, dir.resolve("english.xlsx"));

    Evidence evidence = SpreadsheetImporter.read(file).evidence();

    assertThat(evidence.trajectories()).singleElement().satisfies(t -> {
      assertThat(t.started()).isEqualTo(LocalDate.of(2019, 1, 31));
      assertThat(t.strategies()).containsExactly(Strategy.REUSE);
    });
  }

  @Test
  void aCsvWithDutchHeadersSemicolonsAndAByteOrderMarkIsRead() throws IOException {
    Path csv = dir.resolve("bijdragen.csv");
    Files.writeString(csv, "\uFEFFPartij;Jaar;Bedrag in euro\r\n"
        + "provincie-utrecht;2019;\"1.500,00\"\r\n"
        + ";;\r\n"
        + "ns;2020;€ 750,50\r\n", StandardCharsets.UTF_8);

    ImportResult result = SpreadsheetImporter.read(csv);

    assertThat(result.evidence().contributions()).extracting(c -> c.amountEur())
        .containsExactly(new BigDecimal("1500"), new BigDecimal("750.5"));
    assertThat(result.evidence().contributions().get(1).source())
        .contains(new SourceRef(csv.toString(), 4, 1));
    assertThat(result.read()).isEqualTo(2);
  }

  @Test
  void aCsvWithEnglishHeadersIsRead() throws IOException {
    Path csv = dir.resolve("trajectories.csv");
    Files.writeString(csv, "id,party,title,kind,started,valueEur,strategies\n"
        + "t1,ns,\"Circulaire werkkleding, fase 1\",SCALE_UP,15-6-2019,1500.50,\"REUSE;REPAIR\"\n");

    Evidence evidence = SpreadsheetImporter.read(csv, SheetType.TRAJECTORIES).evidence();

    assertThat(evidence.trajectories()).containsExactly(ImmutableTrajectory.builder().id("t1")
        .party("ns").title("Circulaire werkkleding, fase 1").kind(TrajectoryKind.SCALE_UP)
        .started(LocalDate.of(2019, 6, 15)).valueEur(new BigDecimal("1500.5"))
        .addStrategies(Strategy.REUSE, Strategy.REPAIR).build());
  }

  @Test
  void theTemplatesCsvHeaderTellsItsOwnType() throws IOException {
    for (SheetType type : SheetType.values()) {
      Path csv = dir.resolve(type.key() + ".csv");
      Files.writeString(csv, SpreadsheetTemplate.csv(type));
      assertThat(SpreadsheetImporter.read(csv).read()).as(type.key()).isZero();
    }
  }

  @Test
  void aCsvWhoseHeaderFitsTwoTypesAsksForType() throws IOException {
    Path csv = dir.resolve("which.csv");
    Files.writeString(csv, "party,date,title\nns,2019-01-01,Nieuwsbrief\n");
    Path noTitle = dir.resolve("no-title.csv");
    Files.writeString(noTitle, "party,date\nns,2019-01-01\n");

    assertThat(problems(() -> SpreadsheetImporter.read(csv))).containsExactly(csv
        + ":1:1: the header fits communications and publications; give --type to say which");
    assertThat(SpreadsheetImporter.read(csv, SheetType.PUBLICATIONS).evidence().publications())
        .hasSize(1);
    assertThat(SpreadsheetImporter.read(noTitle).evidence().communications()).hasSize(1);
    assertThat(problems(() -> SpreadsheetImporter.read(noTitle, SheetType.PUBLICATIONS)))
        .containsExactly(noTitle + ":1:1: title: required column is missing; add a column "
            + "\"Titel / title\" to the header row");
  }

  @Test
  void aFormulaInADateCellIsRefusedWithItsLocation() {
    XSSFWorkbook workbook = filledIn();
    var trajecten = workbook.getSheet("Trajecten");
    trajecten.getRow(1).getCell(4).setCellFormula("HYPERLINK(\"https://example.org\",\"klik\")");
    trajecten.getRow(2).getCell(7, org.apache.poi.ss.usermodel.Row.MissingCellPolicy
        .CREATE_NULL_AS_BLANK).setCellFormula("1000*2");
    Path file = Workbooks.save(workbook, dir.resolve("formula.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).containsExactly(
        file + ":Trajecten!E2: started: a formula is not accepted (found "
            + "\"=HYPERLINK(\"https://example.org\",\"klik\")\"); type the value itself, "
            + "a date YYYY-MM-DD or D-M-YYYY",
        file + ":Trajecten!H3: valueEur: a formula is not accepted (found \"=1000*2\"); type the "
            + "value itself, an amount in euros such as 1500 or 1.500,50");
  }

  @Test
  void aFormulaInATextCellIsRefusedToo() {
    XSSFWorkbook workbook = filledIn();
    put(workbook.getSheet("Trajecten"), "C2", "placeholder");
    workbook.getSheet("Trajecten").getRow(1).getCell(2)
        .setCellFormula("HYPERLINK(\"https://example.org\")");
    Path file = Workbooks.save(workbook, dir.resolve("formula.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).singleElement().asString()
        .startsWith(file + ":Trajecten!C2: title: a formula is not accepted");
  }

  @Test
  void randomBytesAreNotAWorkbook() throws IOException {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.xlsx"), noise);

    assertThat(problems(() -> SpreadsheetImporter.read(file))).singleElement().asString()
        .startsWith(file + ": not a readable xlsx workbook (");
  }

  @Test
  void aWorkbookCutInHalfIsNotAWorkbook() throws IOException {
    byte[] whole = Files.readAllBytes(Workbooks.save(filledIn(), dir.resolve("whole.xlsx")));
    Path file = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length / 2));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).singleElement().asString()
        .startsWith(file + ": not a readable xlsx workbook (");
  }

  @Test
  void anEmptyFileAndAMissingFileAreRefused() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.xlsx"));
    Path emptyCsv = Files.createFile(dir.resolve("empty.csv"));
    Path missing = dir.resolve("missing.xlsx");

    assertThat(problems(() -> SpreadsheetImporter.read(empty))).singleElement().asString()
        .startsWith(empty + ": not a readable xlsx workbook");
    assertThat(problems(() -> SpreadsheetImporter.read(emptyCsv))).singleElement().asString()
        .startsWith(emptyCsv + ": is empty; expected a header row");
    assertThat(problems(() -> SpreadsheetImporter.read(missing)))
        .containsExactly(missing + ": no such file");
    assertThat(problems(() -> SpreadsheetImporter.read(dir.resolve("evidence.ods"))))
        .containsExactly(dir.resolve("evidence.ods") + ": no such file");
  }

  @Test
  void aCsvWithAnUnknownColumnIsRefusedAtItsHeader() throws IOException {
    Path csv = dir.resolve("trajecten.csv");
    Files.writeString(csv, "Kenmerk,Partij,Titel,Soort,Startdatum,Budgethouder\n"
        + "t1,ns,Werkkleding,NEW,2019-01-01,inkoop\n");

    assertThat(problems(() -> SpreadsheetImporter.read(csv, SheetType.TRAJECTORIES)))
        .singleElement().asString().startsWith(csv + ":1:6: unknown column \"Budgethouder\" "
            + "for trajectories; expected one of Kenmerk / id, Partij / party,");
    assertThat(problems(() -> SpreadsheetImporter.read(csv))).containsExactly(csv
        + ":1:1: the header fits no record type; give --type, one of " + String.join(", ",
            SheetType.keys()));
  }

  @Test
  void aDayThatDoesNotExistIsNotADate() throws IOException {
    Path csv = dir.resolve("trajecten.csv");
    Files.writeString(csv, "Kenmerk,Partij,Titel,Soort,Startdatum\n"
        + "t1,ns,Werkkleding,NEW,2019-01-01\n"
        + "t2,ns,Meubilair,NEW,31-02-2019\n");

    assertThat(problems(() -> SpreadsheetImporter.read(csv))).containsExactly(csv
        + ":3:5: started: not a date (found \"31-02-2019\"); expected a date YYYY-MM-DD or "
        + "D-M-YYYY");
  }

  @Test
  void aBadDateInASheetIsLocatedBySheetAndCell() {
    XSSFWorkbook workbook = filledIn();
    put(workbook.getSheet("Trajecten"), "E3", "31-02-2019");
    Path file = Workbooks.save(workbook, dir.resolve("evidence.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).containsExactly(file
        + ":Trajecten!E3: started: not a date (found \"31-02-2019\"); expected a date YYYY-MM-DD "
        + "or D-M-YYYY");
  }

  @Test
  void everyProblemOfEverySheetIsListed() {
    XSSFWorkbook workbook = filledIn();
    var trajecten = workbook.getSheet("Trajecten");
    trajecten.getRow(1).getCell(0).setBlank();
    put(trajecten, "D3", "PILOT");
    put(trajecten, "I3", "REUSE; REWIND");
    put(workbook.getSheet("Bijdragen"), "C2", "-100");
    put(workbook.getSheet("Bijdragen"), "C3", "1.500");
    put(workbook.getSheet("Bijdragen"), "B3", 2019.5);
    put(workbook.getSheet("Inspanningen"), "B2", "KP 3");
    put(workbook.getSheet("Toetredingen"), "A2", "Gemeente Amsterdam");
    put(workbook.getSheet("Werkgroepen"), "C2", " ; ");
    Path file = Workbooks.save(workbook, dir.resolve("evidence.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).containsExactly(
        file + ":Trajecten!A2: id: is required, but the cell is empty; expected unique id of the "
            + "trajectory, such as pu-1",
        file + ":Trajecten!D3: kind: unknown value \"PILOT\"; expected NEW or SCALE_UP",
        file + ":Trajecten!I3: strategies: unknown value \"REWIND\"; expected one of REFUSE, "
            + "RETHINK, REDUCE, REUSE, REPAIR, REFURBISH, REMANUFACTURE, REPURPOSE, RECYCLE or "
            + "RECOVER",
        file + ":Bijdragen!C2: amountEur: amount is negative (found \"-100\"); expected 0 or more",
        file + ":Bijdragen!B3: year: not a year (found the number 2019.5); expected a year such "
            + "as 2019",
        file + ":Bijdragen!C3: amountEur: ambiguous amount (found \"1.500\"); 1500 or 1.5? write "
            + "1500,00 or 1,5",
        file + ":Werkgroepen!C2: guidedBy: is required, but the cell is empty; expected one or "
            + "more party ids or names, separated by , or ;",
        file + ":Inspanningen!B2: commitment: not a commitment id (found \"KP 3\"); expected a "
            + "commitment id such as KP-3",
        file + ":Toetredingen!A2: id: not a valid id (found \"Gemeente Amsterdam\"); expected an "
            + "id of lower-case letters, digits and hyphens");
  }

  @Test
  void aRequiredColumnMissingFromASheetWithRowsIsOneProblemAtItsHeader() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    row(workbook.createSheet("Trajecten"), 1, "Kenmerk", "Partij", "Titel", "Soort");
    row(workbook.getSheet("Trajecten"), 2, "t1", "ns", "Werkkleding", "NEW");
    row(workbook.getSheet("Trajecten"), 3, "t2", "ns", "Meubilair", "NEW");
    row(workbook.createSheet("Bijdragen"), 1, "Partij");
    Path file = Workbooks.save(workbook, dir.resolve("missing.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).containsExactly(
        file + ":Trajecten!A1: started: required column is missing; add a column "
            + "\"Startdatum / started\" to the header row");
  }

  @Test
  void aColumnTwiceAValueWithoutAHeaderAndAnUnknownSheetAreProblems() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    var sheet = workbook.createSheet("Publicaties");
    row(sheet, 1, "Partij", "Datum", "Titel", "party");
    row(sheet, 2, "rws", "2020-06-01", "Handreiking", "rws", null, "los");
    row(workbook.createSheet("Notities"), 1, "vrije tekst");
    workbook.createSheet("Blad1");
    Path file = Workbooks.save(workbook, dir.resolve("evidence.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file))).containsExactly(
        file + ":Publicaties!D1: party: column \"party\" appears twice (also at A1); expected "
            + "each column once",
        file + ":Publicaties!F2: a value in a column without a header (found \"los\"); expected "
            + "a header in the first row, or nothing",
        file + ":Notities!A1: unknown sheet \"Notities\"; expected one of Trajecten, Bijdragen, "
            + "Beleidsintegraties, Projectteam, Werkgroepen, Activiteiten, Communicatie, "
            + "Inspanningen, Instrumenten, Kennisitems, Publicaties, Uitnodigingen, Belemmeringen "
            + "or Toetredingen, or an empty sheet");
  }

  @Test
  void aCsvFormulaIsRefusedAndSoIsTextThatIsNotUtf8() throws IOException {
    Path csv = dir.resolve("publicaties.csv");
    Files.writeString(csv, "party,date,title,reference\n"
        + "rws,2020-06-01,=HYPERLINK(\"https://example.org\"),x\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "Partij;Jaar;Bedrag in euro\nCoöperatieve Rabobank;2019;10\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(problems(() -> SpreadsheetImporter.read(csv))).containsExactly(csv
        + ":2:3: title: a formula is not accepted (found \"=HYPERLINK(\"https://example.org\")\"); "
        + "type the value itself, text");
    assertThat(problems(() -> SpreadsheetImporter.read(latin1))).containsExactly(latin1
        + ": is not UTF-8 text; expected a CSV file saved as \"CSV UTF-8\"");
  }

  @Test
  void anUnbalancedQuoteIsNotCsv() throws IOException {
    Path csv = dir.resolve("quote.csv");
    Files.writeString(csv, "party,date,title\nrws,2020-06-01,\"Handreiking\n");

    assertThat(problems(() -> SpreadsheetImporter.read(csv, SheetType.PUBLICATIONS)))
        .singleElement().asString().startsWith(csv + ": not readable as CSV (");
  }

  @Test
  void typeAsksForASheetTheWorkbookDoesNotHave() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    workbook.createSheet("Trajecten");
    Path file = Workbooks.save(workbook, dir.resolve("evidence.xlsx"));

    assertThat(problems(() -> SpreadsheetImporter.read(file, SheetType.BARRIERS)))
        .containsExactly(file + ": has no sheet \"Belemmeringen\" (barriers) for --type barriers");
  }

  @Test
  void textThatTheEvidenceFileReadsDifferentlyStaysText() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    row(workbook.createSheet("Communicatie"), 1, "party", "date", "channel", "title",
        "reference");
    row(workbook.getSheet("Communicatie"), 2, 706, "2019-05-01", "null", "yes", "~");
    row(workbook.getSheet("Communicatie"), 3, "706", "2019-05-02", "0012", "1.50", "#tag: x");
    Path file = Workbooks.save(workbook, dir.resolve("odd.xlsx"));

    Evidence evidence = SpreadsheetImporter.read(file).evidence();

    assertThat(evidence.communications()).extracting(c -> c.party() + "|" + c.channel().get()
        + "|" + c.title().get() + "|" + c.reference().get())
        .containsExactly("706|null|yes|~", "706|0012|1.50|#tag: x");
  }

  @Test
  void aDuplicateCellPlaceNamesTheOtherOne() {
    assertThat(new Place.SheetCell("f.xlsx", "Mijn blad", 6, 2).problem("started", "x"))
        .hasToString("f.xlsx:'Mijn blad'!C7: started: x");
    assertThat(new Place.CsvField("f.csv", 7, 3).problem("started", "x"))
        .hasToString("f.csv:7:3: started: x");
  }
}
