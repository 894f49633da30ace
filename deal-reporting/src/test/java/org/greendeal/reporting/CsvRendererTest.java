package org.greendeal.reporting;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.reporting.SpreadsheetFixtures.EVIDENCE;
import static org.greendeal.reporting.SpreadsheetFixtures.HOSTILE;
import static org.greendeal.reporting.SpreadsheetFixtures.HYPERLINK;
import static org.greendeal.reporting.SpreadsheetFixtures.SCRIPT;
import static org.greendeal.reporting.SpreadsheetFixtures.SENSITIVE;
import static org.greendeal.reporting.SpreadsheetFixtures.looksLikeFormula;
import static org.greendeal.reporting.SpreadsheetFixtures.render;
import static org.greendeal.reporting.SpreadsheetFixtures.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvRendererTest {
  private static final List<String> HEADER = List.of("code", "party", "partyName", "title",
      "status", "severity", "actual", "required", "total", "evidence", "message");

  private static String csv(Report report, Language language) throws IOException {
    return new String(render(new CsvRenderer(), report, language), UTF_8);
  }

  private static List<CSVRecord> parse(String csv, List<String> header) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv),
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).isEqualTo(header);
      return parser.getRecords();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasOneRowPerFindingEqualToTheModel(Language language) throws IOException {
    Report report = report(EVIDENCE);
    List<FindingRow> findings = report.allFindings();
    List<CSVRecord> rows = parse(csv(report, language), HEADER);

    assertThat(findings).extracting(FindingRow::code)
        .contains("IP-1", "IP-4", "IP-5", "D-1", "DATA-OUT-OF-TERM", "DATA-UNKNOWN-PARTY");
    assertThat(rows).hasSize(findings.size());
    for (int i = 0; i < rows.size(); i++) {
      FindingRow f = findings.get(i);
      CSVRecord r = rows.get(i);
      assertThat(r.size()).isEqualTo(HEADER.size());
      assertThat(r.get("code")).isEqualTo(f.code());
      assertThat(r.get("party")).isEqualTo(f.party().orElse(""));
      assertThat(r.get("partyName")).isEqualTo(f.partyName().orElse(""));
      assertThat(r.get("title")).isEqualTo(f.title().map(t -> t.in(language)).orElse(""));
      assertThat(r.get("status")).isEqualTo(f.status().map(Enum::name).orElse(""));
      assertThat(r.get("severity")).isEqualTo(f.severity().name());
      assertThat(r.get("actual")).isEqualTo(number(f.actual()));
      assertThat(r.get("required")).isEqualTo(number(f.required()));
      assertThat(r.get("total")).isEqualTo(number(f.total()));
      assertThat(r.get("evidence").isEmpty() ? List.of() : List.of(r.get("evidence").split("; ")))
          .isEqualTo(f.evidence());
      assertThat(r.get("message")).isEqualTo(f.message().in(language));
    }
  }

  private static String number(Optional<Integer> n) {
    return n.map(String::valueOf).orElse("");
  }

  @Test
  void showsTheValuesAPersonWouldCheck() throws IOException {
    List<CSVRecord> rows = parse(csv(report(EVIDENCE), Language.NL), HEADER);

    CSVRecord utrecht = find(rows, "IP-1", "provincie-utrecht");
    assertThat(utrecht.get("partyName")).isEqualTo("Provincie Utrecht");
    assertThat(utrecht.get("status")).isEqualTo("MET");
    assertThat(utrecht.get("severity")).isEqualTo("INFO");
    assertThat(utrecht.get("actual")).isEqualTo("2");
    assertThat(utrecht.get("required")).isEqualTo("2");
    assertThat(utrecht.get("evidence")).isEqualTo("pu-1; pu-2");

    CSVRecord rotterdam = find(rows, "IP-5", "gemeente-rotterdam");
    assertThat(rotterdam.get("status")).isEqualTo("EXCEEDED");
    assertThat(rotterdam.get("severity")).isEqualTo("ERROR");

    assertThat(find(rows, "IP-4", "ns").get("total")).isEqualTo("2");
    assertThat(find(rows, "D-1", "ns").get("status")).isEqualTo("VIOLATED");
    assertThat(find(rows, "D-1", "ns").get("evidence")).isEqualTo("k-secret");

    CSVRecord outOfTerm = rows.stream().filter(r -> r.get("code").equals("DATA-OUT-OF-TERM"))
        .findFirst().orElseThrow();
    assertThat(outOfTerm.get("status")).isEmpty();
    assertThat(outOfTerm.get("title")).isEmpty();
    assertThat(outOfTerm.get("severity")).isEqualTo("WARNING");
    assertThat(outOfTerm.get("evidence")).isEqualTo("dnb-0");
  }

  private static CSVRecord find(List<CSVRecord> rows, String code, String party) {
    return rows.stream().filter(r -> r.get("code").equals(code) && r.get("party").equals(party))
        .findFirst().orElseThrow(() -> new AssertionError("no " + code + " for " + party));
  }

  @Test
  void isRfc4180WithCrlfAndNoByteOrderMark() throws IOException {
    byte[] bytes = render(new CsvRenderer(), report(EVIDENCE), Language.NL);
    String text = new String(bytes, UTF_8);

    assertThat(bytes[0]).isEqualTo((byte) 'c');
    assertThat(text).startsWith(String.join(",", HEADER) + "\r\n").endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    // a party name with a non-ASCII letter, in UTF-8
    assertThat(text).contains("Coöperatieve Rabobank");
  }

  @Test
  void headerStaysEnglishWhateverTheLanguage() throws IOException {
    Report report = report(EVIDENCE);
    assertThat(csv(report, Language.NL)).startsWith(String.join(",", HEADER));
    assertThat(csv(report, Language.EN)).startsWith(String.join(",", HEADER));
  }

  @Test
  void neutralisesFormulasInEveryCell() throws IOException {
    List<CSVRecord> rows = parse(csv(report(HOSTILE), Language.NL), HEADER);

    assertThat(find(rows, "IP-1", "evil-co").get("partyName")).isEqualTo("'" + HYPERLINK);
    assertThat(find(rows, "IP-1", "evil-co").get("evidence")).isEqualTo("'@SUM(A1)");
    assertThat(find(rows, "IP-1", "plus-co").get("partyName")).isEqualTo("'+1 Inkoop");
    assertThat(find(rows, "IP-1", "minus-co").get("partyName")).isEqualTo("'-5 Inkoop");
    assertThat(find(rows, "IP-1", "at-co").get("partyName")).isEqualTo("'@SUM(A1)");
    assertThat(find(rows, "IP-1", "tab-co").get("partyName")).isEqualTo("'\tTab BV");
    assertThat(find(rows, "IP-1", "cr-co").get("partyName")).isEqualTo("'\rReturn BV");
    // HTML is plain text in CSV: kept as it is
    assertThat(find(rows, "IP-1", "script-co").get("partyName")).isEqualTo(SCRIPT);

    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertThat(looksLikeFormula(cell)).as("cell %s of %s", cell, row).isFalse();
      }
    }
  }

  @Test
  void neverShowsSensitiveKnowledgeItems() throws IOException {
    Report report = report(EVIDENCE);
    for (Language language : Language.values()) {
      String text = csv(report, language);
      assertThat(text).doesNotContain(SENSITIVE);
      // the violation itself is reported, by id only
      assertThat(text).contains("k-secret", "k-mail");
    }
  }

  @Test
  void writesOnlyTheHeaderWhenThereAreNoFindings() throws IOException {
    Report report = report(EVIDENCE);
    Report empty = new Report(report.header(), report.summary(), List.of(), List.of(),
        report.timeline(), report.trajectories(), report.projectTeam(), List.of(), List.of());
    assertThat(csv(empty, Language.EN)).isEqualTo(String.join(",", HEADER) + "\r\n");
  }
}
