package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.reporting.SpreadsheetFixtures.EVIDENCE;
import static org.greendeal.reporting.SpreadsheetFixtures.HOSTILE;
import static org.greendeal.reporting.SpreadsheetFixtures.HYPERLINK;
import static org.greendeal.reporting.SpreadsheetFixtures.SCRIPT;
import static org.greendeal.reporting.SpreadsheetFixtures.SENSITIVE;
import static org.greendeal.reporting.SpreadsheetFixtures.looksLikeFormula;
import static org.greendeal.reporting.SpreadsheetFixtures.render;
import static org.greendeal.reporting.SpreadsheetFixtures.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.LessonGroup;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.TrajectoryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XlsxRendererTest {
  private static final List<String> SHEETS =
      List.of("summary", "findings", "parties", "trajectories", "lessons");

  private static XSSFWorkbook xlsx(Report report, Language language) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(render(new XlsxRenderer(), report, language)));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasFiveSheetsEachWithABoldFrozenFilteredHeader(Language language) throws IOException {
    try (XSSFWorkbook book = xlsx(report(EVIDENCE), language)) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).isEqualTo(SHEETS);

      for (String name : SHEETS) {
        XSSFSheet sheet = book.getSheet(name);
        Row header = sheet.getRow(0);
        assertThat(header.getLastCellNum()).as(name).isPositive();
        for (Cell cell : header) {
          assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
              .as("%s %s bold", name, cell.getAddress()).isTrue();
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(name).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).as(name).isEqualTo((short) 0);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
        for (int col = 0; col < header.getLastCellNum(); col++) {
          assertThat(sheet.getColumnWidth(col)).as("%s column %d", name, col)
              .isBetween(6 * 256, 60 * 256);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void findingsSheetEqualsTheModel(Language language) throws IOException {
    Report report = report(EVIDENCE);
    Labels labels = new Labels(language);
    try (XSSFWorkbook book = xlsx(report, language)) {
      XSSFSheet sheet = book.getSheet("findings");
      List<FindingRow> findings = report.allFindings();
      assertThat(sheet.getLastRowNum()).isEqualTo(findings.size());
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:K" + (findings.size() + 1));
      assertThat(texts(sheet.getRow(0))).containsExactly(labels.get("column.code"),
          labels.get("column.party"), labels.get("column.partyName"),
          labels.get("column.commitment"), labels.get("column.status"),
          labels.get("column.severity"), labels.get("column.actual"),
          labels.get("column.required"), labels.get("column.total"),
          labels.get("column.evidence"), labels.get("column.message"));

      for (int i = 0; i < findings.size(); i++) {
        FindingRow f = findings.get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(text(row, 0)).isEqualTo(f.code());
        assertThat(text(row, 1)).isEqualTo(f.party().orElse(""));
        assertThat(text(row, 2)).isEqualTo(f.partyName().orElse(""));
        assertThat(text(row, 3)).isEqualTo(f.title().map(labels::text).orElse(""));
        assertThat(text(row, 4)).isEqualTo(f.status().map(labels::status).orElse(""));
        assertThat(text(row, 5)).isEqualTo(f.severity().name());
        assertThat(number(row, 6)).isEqualTo(f.actual());
        assertThat(number(row, 7)).isEqualTo(f.required());
        assertThat(number(row, 8)).isEqualTo(f.total());
        assertThat(text(row, 9)).isEqualTo(String.join("; ", f.evidence()));
        assertThat(text(row, 10)).isEqualTo(labels.text(f.message()));
      }
    }
  }

  @Test
  void trajectoriesHaveRealDatesAndAmounts() throws IOException {
    Report report = report(EVIDENCE);
    try (XSSFWorkbook book = xlsx(report, Language.NL)) {
      XSSFSheet sheet = book.getSheet("trajectories");
      List<TrajectoryRow> rows = report.trajectories().rows();
      assertThat(rows).extracting(TrajectoryRow::id)
          .containsExactly("ns-1", "pu-1", "pu-2", "ams-1");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        TrajectoryRow t = rows.get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(text(row, 0)).isEqualTo(t.id());
        assertThat(text(row, 1)).isEqualTo(t.party());
        assertThat(text(row, 2)).isEqualTo(t.partyName());
        assertThat(text(row, 3)).isEqualTo(t.title());
        assertThat(text(row, 4)).isEqualTo(t.kind());
        Cell started = row.getCell(5);
        assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
        assertThat(started.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(t.started());
        assertThat(text(row, 6)).isEqualTo(t.category().orElse(""));
        assertThat(text(row, 7)).isEqualTo(t.status().orElse(""));
        Cell value = row.getCell(8);
        if (t.valueEur().isPresent()) {
          assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(value.getNumericCellValue()).isEqualTo(t.valueEur().get().doubleValue());
          assertThat(value.getCellStyle().getDataFormatString()).contains("\u20ac", "#,##0.00");
        } else {
          assertThat(value == null || value.getCellType() == CellType.BLANK).isTrue();
        }
        assertThat(text(row, 9)).isEqualTo(String.join(", ", t.strategies()));
      }
      assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(250000.50);
    }
  }

  @Test
  void partiesSheetHasOneRowPerScorecard() throws IOException {
    Report report = report(EVIDENCE);
    Labels labels = new Labels(Language.EN);
    try (XSSFWorkbook book = xlsx(report, Language.EN)) {
      XSSFSheet sheet = book.getSheet("parties");
      List<PartyScorecard> parties = report.parties();
      assertThat(sheet.getLastRowNum()).isEqualTo(parties.size());
      for (int i = 0; i < parties.size(); i++) {
        PartyScorecard p = parties.get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(text(row, 0)).isEqualTo(p.id());
        assertThat(text(row, 1)).isEqualTo(p.name());
        assertThat(text(row, 2)).isEqualTo(labels.role(p.role()));
        assertThat(date(row, 3)).isEqualTo(p.joined());
        assertThat(number(row, 4)).contains(p.fulfilled());
        assertThat(number(row, 5)).contains(p.applicable());
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(p.percent() / 100.0);
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
      }
      Row amsterdam = rowWith(sheet, 0, "gemeente-amsterdam");
      assertThat(date(amsterdam, 3)).contains(LocalDate.of(2019, 3, 1));
    }
  }

  @Test
  void lessonsSheetShowsTheLessonsButNothingSensitive() throws IOException {
    Report report = report(EVIDENCE);
    List<LessonGroup.Lesson> lessons = report.lessons().stream()
        .flatMap(g -> java.util.stream.Stream.of(g.successes(), g.failures(), g.other()))
        .flatMap(List::stream).toList();
    assertThat(lessons).extracting(LessonGroup.Lesson::id).containsExactly("k-1", "k-2", "k-3");
    try (XSSFWorkbook book = xlsx(report, Language.NL)) {
      XSSFSheet sheet = book.getSheet("lessons");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(texts(sheet.getRow(1))).containsExactly("Energie", "succesfactor", "",
          "alliander", "Alliander", "Vroeg de markt in", "Marktconsultatie loont");
      assertThat(date(sheet.getRow(1), 2)).contains(LocalDate.of(2019, 9, 1));
      assertThat(texts(sheet.getRow(2))).startsWith("Infra", "faalfactor");
      assertThat(texts(sheet.getRow(3))).startsWith("Zonder thema", "overig");
    }
    for (Language language : Language.values()) {
      try (XSSFWorkbook book = xlsx(report, language)) {
        assertThat(String.join("\n", allTexts(book))).doesNotContain(SENSITIVE);
      }
    }
  }

  @Test
  void summaryShowsHeaderLinesAndTables() throws IOException {
    Report report = report(EVIDENCE, true);
    try (XSSFWorkbook book = xlsx(report, Language.EN)) {
      XSSFSheet sheet = book.getSheet("summary");
      assertThat(text(sheet.getRow(0), 0)).startsWith("Progress report: ")
          .contains(report.header().title().en());
      Row term = rowWith(sheet, 0, "Term");
      assertThat(date(term, 1)).contains(report.header().termStart());
      assertThat(date(term, 2)).contains(report.header().termEnd());
      assertThat(date(rowWith(sheet, 0, "As of"), 1)).contains(report.header().asOf());
      assertThat(allTexts(book)).contains(new Labels(Language.EN).get("report.illustrative"));

      Row roles = rowWith(sheet, 0, "Role");
      assertThat(texts(roles)).contains("Parties", "met", "Total");
      Row procuring = rowWith(sheet, 0, "Procuring participant");
      assertThat(number(procuring, 1)).contains(31 + 1);
      String ref = sheet.getCTWorksheet().getAutoFilter().getRef();
      assertThat(ref).startsWith("A" + (roles.getRowNum() + 1) + ":");

      Row ip1 = rowWith(sheet, 0, "IP-1");
      assertThat(number(ip1, 3)).contains(32);
      Row year = rowWith(sheet, 0, "Year");
      Row y2019 = sheet.getRow(year.getRowNum() + 1);
      assertThat(y2019.getCell(0).getNumericCellValue()).isEqualTo(2019);
      assertThat(y2019.getCell(1).getNumericCellValue()).isEqualTo(3250);
      assertThat(number(y2019, 2)).contains(2);
      assertThat(number(y2019, 3)).contains(1);
    }
  }

  @Test
  void sheetNamesStayEnglishAndHeadingsFollowTheLanguage() throws IOException {
    Report report = report(EVIDENCE);
    try (XSSFWorkbook nl = xlsx(report, Language.NL); XSSFWorkbook en = xlsx(report, Language.EN)) {
      assertThat(nl.getSheetName(1)).isEqualTo(en.getSheetName(1)).isEqualTo("findings");
      assertThat(text(nl.getSheet("findings").getRow(0), 1)).isEqualTo("Partij");
      assertThat(text(en.getSheet("findings").getRow(0), 1)).isEqualTo("Party");
      assertThat(text(nl.getSheet("trajectories").getRow(0), 9)).isEqualTo("Strategieën");
    }
  }

  @Test
  void neutralisesFormulasAndKeepsHtmlAsText() throws IOException {
    Report report = report(HOSTILE);
    try (XSSFWorkbook book = xlsx(report, Language.NL)) {
      XSSFSheet trajectories = book.getSheet("trajectories");
      Row evil = rowWith(trajectories, 0, "'@SUM(A1)");
      assertThat(text(evil, 2)).isEqualTo("'" + HYPERLINK);
      assertThat(text(evil, 3)).isEqualTo("'" + HYPERLINK);
      assertThat(text(evil, 6)).isEqualTo("'+1");
      assertThat(evil.getCell(8).getNumericCellValue()).isEqualTo(1000);
      Row tabbed = rowWith(trajectories, 0, "t-2");
      assertThat(text(tabbed, 3)).isEqualTo("'\tTabbed title");
      assertThat(text(tabbed, 6)).isEqualTo(SCRIPT);
      assertThat(text(rowWith(trajectories, 0, "t-3"), 3)).isEqualTo(SCRIPT);

      XSSFSheet parties = book.getSheet("parties");
      assertThat(text(rowWith(parties, 0, "plus-co"), 1)).isEqualTo("'+1 Inkoop");
      assertThat(text(rowWith(parties, 0, "at-co"), 1)).isEqualTo("'@SUM(A1)");
      assertThat(text(rowWith(parties, 0, "tab-co"), 1)).isEqualTo("'\tTab BV");
      assertThat(text(rowWith(parties, 0, "script-co"), 1)).isEqualTo(SCRIPT);

      XSSFSheet findings = book.getSheet("findings");
      Row ip1 = findings.getRow(1 + indexOf(report, "IP-1", "evil-co"));
      assertThat(text(ip1, 2)).isEqualTo("'" + HYPERLINK);
      assertThat(text(ip1, 9)).isEqualTo("'@SUM(A1)");

      assertThat(texts(book.getSheet("lessons").getRow(1))).containsExactly("'=1+1",
          "succesfactor", "", "alliander", "Alliander", "'@SUM(A1)", "'+1 " + SCRIPT);

      for (XSSFSheet sheet : sheets(book)) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              assertThat(looksLikeFormula(cell.getStringCellValue()))
                  .as("%s!%s", sheet.getSheetName(), cell.getAddress()).isFalse();
            }
          }
        }
      }
    }
  }

  @Test
  void clipsTextsLongerThanACellHolds() throws IOException {
    // built by hand: a text this long would make the rules engine's personal-data scan slow
    String longText = "x".repeat(SheetWriter.MAX_TEXT + 10);
    Report base = report(EVIDENCE);
    LessonGroup.Lesson lesson = new LessonGroup.Lesson("k-long", "alliander", "Alliander",
        LocalDate.of(2019, 9, 1), "Lang", Optional.of(longText));
    Report report = new Report(base.header(), base.summary(), base.parties(), base.commitments(),
        base.timeline(), base.trajectories(), base.projectTeam(),
        List.of(new LessonGroup("", List.of(lesson), List.of(), List.of())), base.dataFindings());
    try (XSSFWorkbook book = xlsx(report, Language.EN)) {
      String cell = text(book.getSheet("lessons").getRow(1), 6);
      assertThat(cell).hasSize(SheetWriter.MAX_TEXT).startsWith("xxx").endsWith("\u2026");
      assertThat(book.getSheet("lessons").getColumnWidth(6)).isEqualTo(60 * 256);
    }
  }

  private static int indexOf(Report report, String code, String party) {
    List<FindingRow> all = report.allFindings();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).code().equals(code) && all.get(i).party().equals(Optional.of(party))) {
        return i;
      }
    }
    throw new AssertionError("no " + code + " for " + party);
  }

  private static List<XSSFSheet> sheets(XSSFWorkbook book) {
    List<XSSFSheet> sheets = new ArrayList<>();
    book.forEach(s -> sheets.add((XSSFSheet) s));
    return sheets;
  }

  private static List<String> allTexts(XSSFWorkbook book) {
    List<String> texts = new ArrayList<>();
    for (XSSFSheet sheet : sheets(book)) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
    }
    return texts;
  }

  private static Row rowWith(XSSFSheet sheet, int column, String text) {
    for (Row row : sheet) {
      if (text.equals(text(row, column))) {
        return row;
      }
    }
    throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      texts.add(text(row, i));
    }
    return texts;
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  private static Optional<Integer> number(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return Optional.empty();
    }
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    return Optional.of((int) cell.getNumericCellValue());
  }

  private static Optional<LocalDate> date(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return Optional.empty();
    }
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
  }
}
