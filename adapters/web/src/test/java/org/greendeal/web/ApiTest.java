package org.greendeal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.web.TestHost.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greendeal.imports.spreadsheet.SheetType;
import org.greendeal.imports.spreadsheet.SpreadsheetTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP API over real HTTP on an ephemeral loopback port: every route, every role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  TestHost host;
  Http http;

  @BeforeAll
  void start() throws Exception {
    host = new TestHost(64 * 1024);
    http = host.http;
  }

  @AfterAll
  void stop() throws Exception {
    host.close();
  }

  static void assertProblem(Http.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    JsonNode body = response.json();
    assertThat(body.get("type").asText()).startsWith("urn:greendeal:problem:");
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.greendeal.");
  }

  // ---- reading

  @Test
  void healthAndTheOpenApiDocumentAreServed() {
    assertThat(http.get("/health").send().body()).isEqualTo("{\"status\":\"ok\"}");
    JsonNode openApi = http.get("/openapi.json").send().json();
    assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/health", API + "/findings", "/", "/no/such/page")) {
      Http.Response response = http.get(path).send();
      assertThat(response.header("Content-Security-Policy")).get().asString()
          .contains("default-src 'none'", "frame-ancestors 'none'");
      assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void dealsListsTheBuiltInDealWithTotals() {
    JsonNode page = http.get("/api/deals").send().json();
    assertThat(page.get("total").asInt()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("gdci-2.0");
    JsonNode deal = http.get(API).send().json();
    assertThat(deal.get("term").get("end").asText()).isEqualTo("2020-12-31");
    assertThat(deal.get("commitments").asInt()).isEqualTo(24);
  }

  @Test
  void partiesArePagedWithLinksAndTotals() {
    JsonNode first = http.get(API + "/parties?size=10").send().json();
    assertThat(first.get("items")).hasSize(10);
    assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(51);
    assertThat(first.get("links").get("next").asText()).isEqualTo(API + "/parties?page=2&size=10");
    JsonNode last = http.get(first.get("links").get("last").asText()).send().json();
    assertThat(last.get("links").has("next")).isFalse();
    assertThat(last.get("items").size()).isBetween(1, 10);
    assertProblem(http.get(API + "/parties?size=0").send(), 400);
    assertProblem(http.get(API + "/parties?page=x").send(), 400);
  }

  @Test
  void aPartyShowsItsScorecard() {
    JsonNode ns = http.get(API + "/parties/ns?lang=en").send().json();
    assertThat(ns.get("role").asText()).isEqualTo("PROCURING_PARTICIPANT");
    assertThat(ns.get("findings").findValuesAsText("code")).contains("IP-1", "P-1");
    assertProblem(http.get(API + "/parties/nobody").send(), 404);
  }

  @Test
  void commitmentsAndOneCommitmentWithItsFindings() {
    JsonNode page = http.get(API + "/commitments").send().json();
    assertThat(page.get("total").asInt()).isEqualTo(24);
    JsonNode ip1 = http.get(API + "/commitments/IP-1").send().json();
    assertThat(ip1.get("obligation").asText()).isEqualTo("RESULT");
    assertThat(ip1.get("findings").size()).isEqualTo(32);
    assertProblem(http.get(API + "/commitments/XX-9").send(), 404);
  }

  @Test
  void findingsAsOfADateInEitherLanguage() {
    JsonNode findings = http.get(API + "/findings?asOf=2019-06-30&lang=en").send().json();
    assertThat(findings.get("deal").asText()).isEqualTo("gdci-2.0");
    assertThat(findings.get("asOf").asText()).isEqualTo("2019-06-30");
    assertThat(findings.get("findings").size()).isGreaterThan(100);
    Http.Response bad = http.get(API + "/findings?asOf=30-06-2019").send();
    assertProblem(bad, 400);
    assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
    assertProblem(http.get(API + "/findings?lang=de").send(), 400);
  }

  @Test
  void theReportInJsonHtmlCsvAndXlsx() {
    Http.Response json = http.get(API + "/report").send();
    assertThat(json.json().get("header").get("dealId").asText()).isEqualTo("gdci-2.0");
    Http.Response html = http.get(API + "/report?format=html&lang=en").send();
    assertThat(html.header("Content-Type")).get().asString().startsWith("text/html");
    assertThat(html.body()).contains("<html lang=\"en\"");
    Http.Response csv = http.get(API + "/report?format=csv").send();
    assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
    Http.Response xlsx = http.get(API + "/report?format=xlsx").send();
    assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
    assertThat(xlsx.bytes()[1]).isEqualTo((byte) 'K');
    assertProblem(http.get(API + "/report?format=pdf").send(), 400);
  }

  @Test
  void thePublicNeverSeesAFlaggedKnowledgeItemNorAnUnpublishedRecord() throws Exception {
    String ns = host.party("ns");
    Http.Response draft = http.post(API + "/evidence/knowledgeItems").token(ns)
        .json(Samples.ALL.get("knowledgeItems").json().replace("k-x", "k-draft")).send();
    assertThat(draft.status()).isEqualTo(201);
    assertThat(draft.json().get("published").asBoolean()).isFalse();

    String publicList = http.get(API + "/evidence/knowledgeItems?size=500").send().body();
    String teamList = http.get(API + "/evidence/knowledgeItems?size=500").token(host.team).send()
        .body();
    String nsList = http.get(API + "/evidence/knowledgeItems?size=500").token(ns).send().body();
    String report = http.get(API + "/report?format=html").send().body();
    String all = http.get(API + "/evidence?size=500").send().body();

    assertThat(teamList).contains("\"k-28\"", "k-draft");
    assertThat(publicList).doesNotContain("\"k-28\"", "k-draft");
    assertThat(all).doesNotContain("\"k-28\"", "k-draft", "circulair-inkopen@example.nl");
    assertThat(report).doesNotContain("Prijsopbouw en marges", "circulair-inkopen@example.nl");
    assertThat(nsList).contains("k-draft").doesNotContain("\"k-28\"");
    long id = draft.json().get("id").asLong();
    assertProblem(http.get(API + "/evidence/knowledgeItems/" + id).send(), 404);
    assertThat(http.get(API + "/evidence/knowledgeItems/" + id).token(ns).send().status())
        .isEqualTo(200);
  }

  @Test
  void aPartysUnpublishedRecordCountsInItsOwnFindingsOnly() {
    // gp-groot has no trajectory in the demo evidence: IP-1 starts NOT_MET for everyone.
    String procurer = host.party("gp-groot");
    assertThat(ip1(null, "gp-groot")).isEqualTo("NOT_MET");
    for (String id : List.of("t-g1", "t-g2")) {
      assertThat(http.post(API + "/evidence/trajectories").token(procurer)
          .json("{\"id\":\"" + id + "\",\"party\":\"gp-groot\",\"title\":\"Circulair "
              + "meubilair\",\"kind\":\"NEW\",\"started\":\"2019-05-01\"}").send().status())
          .isEqualTo(201);
    }
    assertThat(ip1(procurer, "gp-groot")).isEqualTo("MET");
    assertThat(ip1(null, "gp-groot")).isEqualTo("NOT_MET");
  }

  private String ip1(String token, String party) {
    JsonNode findings = http.get(API + "/findings").token(token).send().json().get("findings");
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals("IP-1") && f.path("party").asText().equals(party)) {
        return f.get("status").asText();
      }
    }
    throw new AssertionError("no IP-1 finding for " + party);
  }

  // ---- writing every kind

  static Stream<Samples.Sample> samples() {
    return Samples.ALL.values().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyKindIsCreatedReadUpdatedAndDeleted(Samples.Sample sample) {
    String writer = sample.kind().equals("joined") ? host.team : host.party(sample.owner());
    Http.Response created = http.post(API + "/evidence/" + sample.kind()).token(writer)
        .json(sample.json()).send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String self = created.header("Location").orElseThrow();
    assertThat(created.header("ETag")).contains("\"1\"");
    assertThat(created.json().get("owner").asText()).isEqualTo(sample.owner());

    Http.Response read = http.get(self).token(writer).send();
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("record")).isEqualTo(Json.read(sample.json()));

    Http.Response updated = http.put(self).token(writer).ifMatch(1).json(sample.changed()).send();
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.header("ETag")).contains("\"2\"");
    assertThat(updated.json().get("record")).isEqualTo(Json.read(sample.changed()));

    Http.Response stale = http.put(self).token(writer).ifMatch(1).json(sample.json()).send();
    assertProblem(stale, 412);
    assertThat(stale.header("ETag")).contains("\"2\"");

    assertThat(http.delete(self).token(writer).ifMatch(2).send().status()).isEqualTo(204);
    assertProblem(http.get(self).token(host.team).send(), 404);
    assertThat(host.store.audit().about(sample.kind() + "/" + created.json().get("id").asLong()))
        .extracting(org.greendeal.store.AuditEvent::action)
        .containsExactly("CREATE", "UPDATE", "DELETE");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aBadRecordOfEveryKindIsRefusedWithItsFieldAndNothingIsStored(Samples.Sample sample) {
    String bad = sample.json().replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"someday\"")
        .replaceFirst("\"started\":\"[0-9-]+\"", "\"started\":\"someday\"")
        .replaceFirst("\"from\":\"[0-9-]+\"", "\"from\":\"someday\"")
        .replaceFirst("\"year\":2019", "\"year\":\"someday\"");
    assertThat(bad).isNotEqualTo(sample.json());
    String before = host.fingerprint();

    Http.Response response = http.post(API + "/evidence/" + sample.kind()).token(host.team)
        .json(bad).send();

    assertProblem(response, 422);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asText()).isIn("date", "started", "from", "year");
    assertThat(error.get("message").asText()).contains("someday").startsWith("body.json:1:");
    assertThat(host.fingerprint()).isEqualTo(before);
  }

  @Test
  void anUnknownFieldOrATypeErrorIsNamed() {
    Http.Response typo = http.post(API + "/evidence/trajectories").token(host.team)
        .json("{\"id\":\"t-typo\",\"party\":\"ns\",\"title\":\"x\",\"kind\":\"NEW\","
            + "\"started\":\"2019-01-01\",\"stauts\":\"AWARDED\"}").send();
    assertProblem(typo, 422);
    assertThat(typo.json().get("errors").findValuesAsText("field")).contains("stauts");
    Http.Response notJson = http.post(API + "/evidence/trajectories").token(host.team)
        .json("{not json").send();
    assertProblem(notJson, 422);
    assertProblem(http.post(API + "/evidence/gossip").token(host.team).json("{}").send(), 404);
  }

  @Test
  void aBodyOverTheLimitGets413AndNothingIsStored() {
    String before = host.fingerprint();
    String big = "{\"id\":\"t-big\",\"party\":\"ns\",\"title\":\"" + "x".repeat(70 * 1024)
        + "\",\"kind\":\"NEW\",\"started\":\"2019-01-01\"}";
    for (int i = 0; i < 10; i++) {
      assertProblem(http.post(API + "/evidence/trajectories").token(host.team).json(big).send(),
          413);
    }
    assertProblem(http.post(API + "/uploads?filename=e.yaml").token(host.team)
        .body("application/yaml", ("efforts: []\n# " + "x".repeat(70 * 1024))
            .getBytes(StandardCharsets.UTF_8)).send(), 413);
    assertThat(host.fingerprint()).isEqualTo(before);
  }

  @Test
  void anUpdateOrDeleteWithoutAVersionGets428() {
    Http.Response created = http.post(API + "/evidence/barriers").token(host.team)
        .json(Samples.ALL.get("barriers").json().replace("b-x", "b-428")).send();
    String self = created.header("Location").orElseThrow();
    assertProblem(http.put(self).token(host.team).json(Samples.ALL.get("barriers").json())
        .send(), 428);
    assertProblem(http.delete(self).token(host.team).send(), 428);
    assertProblem(http.delete(self).token(host.team).header("If-Match", "\"x\"").send(), 400);
    assertThat(http.get(self).send().json().get("version").asInt()).isEqualTo(1);
  }

  @Test
  void aBadUpdateIsRefusedWithItsFieldAndChangesNothing() {
    Http.Response created = http.post(API + "/evidence/barriers").token(host.team)
        .json(Samples.ALL.get("barriers").json().replace("b-x", "b-422")).send();
    String self = created.header("Location").orElseThrow();
    String before = host.fingerprint();
    Http.Response bad = http.put(self).token(host.team).ifMatch(1)
        .json(Samples.ALL.get("barriers").json().replace("ADDRESSED", "DONE")).send();
    assertProblem(bad, 422);
    assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
    assertThat(host.fingerprint()).isEqualTo(before);
    assertThat(http.get(self).send().json().get("record").get("status").asText())
        .isEqualTo("ADDRESSED");
  }

  @Test
  void everyOrganiserOfAnActivityMayChangeItButNoOneElse() {
    String body = "{\"id\":\"a-two\",\"date\":\"2019-03-01\",\"title\":\"Samen\","
        + "\"organisedBy\":[\"mvo-nederland\",\"nevi\"],\"attendees\":[\"ns\"]}";
    Http.Response created = http.post(API + "/evidence/activities").token(host.party("nevi"))
        .json(body).send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("owner").asText()).isEqualTo("mvo-nederland");
    String self = created.header("Location").orElseThrow();
    assertThat(http.put(self).token(host.party("nevi")).ifMatch(1)
        .json(body.replace("Samen", "Samen verder")).send().status()).isEqualTo(200);
    assertThat(http.get(self).token(host.party("mvo-nederland")).send().status()).isEqualTo(200);
    assertProblem(http.put(self).token(host.party("ns")).ifMatch(2).json(body).send(), 404);
  }

  // ---- publishing, uploads, audit, tokens

  @Test
  void theProjectTeamPublishesAPartysRecordAndThePublicThenSeesIt() {
    String ns = host.party("ns");
    Http.Response created = http.post(API + "/evidence/communications").token(ns)
        .json(Samples.ALL.get("communications").json()).send();
    String self = created.header("Location").orElseThrow();
    assertProblem(http.get(self).send(), 404);

    Http.Response published = http.post(self + "/publish").token(host.team).ifMatch(1).send();
    assertThat(published.status()).isEqualTo(200);
    assertThat(http.get(self).send().json().get("published").asBoolean()).isTrue();

    Http.Response changed = http.put(self).token(ns).ifMatch(2)
        .json(Samples.ALL.get("communications").changed()).send();
    assertThat(changed.json().get("published").asBoolean()).isFalse();
    assertThat(http.delete(self + "/publish").token(host.team).ifMatch(3).send().status())
        .isEqualTo(200);
  }

  @Test
  void anEvidenceFileIsUploadedWhole() {
    String yaml = "efforts:\n  - {party: copper8, commitment: KP-3, date: 2019-02-01}\n"
        + "barriers:\n  - {id: b-up, raisedBy: ienw, date: 2019-04-01, description: x}\n";
    Http.Response response = http.post(API + "/uploads").token(host.team)
        .body("application/yaml", yaml.getBytes(StandardCharsets.UTF_8)).send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().get("created").asInt()).isEqualTo(2);

    Http.Response json = http.post(API + "/uploads").token(host.team)
        .json("{\"efforts\":[{\"party\":\"copper8\",\"commitment\":\"KP-3\",\"date\":\"2019-03-01\"}]}")
        .send();
    assertThat(json.status()).isEqualTo(201);
  }

  @Test
  void aBadEvidenceFileIsRefusedWithEveryProblemLocatedAndNothingStored() {
    String before = host.fingerprint();
    String yaml = "efforts:\n  - {party: copper8, commitment: KP-3, date: 2019-02-01}\n"
        + "barriers:\n  - {id: b-bad, raisedBy: ienw, date: 2019-13-01, description: x, status: DONE}\n";
    Http.Response response = http.post(API + "/uploads?filename=mine.yaml").token(host.team)
        .body("application/octet-stream", yaml.getBytes(StandardCharsets.UTF_8)).send();
    assertProblem(response, 422);
    List<String> fields = response.json().get("errors").findValuesAsText("field");
    assertThat(fields).contains("barriers[0].date", "barriers[0].status");
    assertThat(response.json().get("errors").get(0).get("message").asText()).startsWith("mine.yaml:4:");
    assertThat(host.fingerprint()).isEqualTo(before);
    assertProblem(http.post(API + "/uploads").token(host.team).body("text/plain",
        yaml.getBytes(StandardCharsets.UTF_8)).send(), 415);
    assertProblem(http.post(API + "/uploads?filename=e.csv").token(host.team).body("text/plain",
        yaml.getBytes(StandardCharsets.UTF_8)).send(), 415);
  }

  // ---- evidence workbooks (xlsx)

  /** The template of {@code types}, as {@code greendeal template} writes it, to fill in. */
  static XSSFWorkbook template(SheetType... types) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetTemplate.xlsx(List.of(types), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Types {@code values} into row {@code excelRow} from column A on, as a person would. */
  static void row(Sheet sheet, int excelRow, Object... values) {
    Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1)
        : sheet.createRow(excelRow - 1);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      Cell cell = row.getCell(i) != null ? row.getCell(i) : row.createCell(i);
      if (values[i] instanceof LocalDate date) {
        cell.setCellValue(date);
      } else if (values[i] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue((String) values[i]);
      }
    }
  }

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  @Test
  void anEvidenceWorkbookIsUploadedWholeAndItsRecordsStored() throws IOException {
    XSSFWorkbook workbook = template(SheetType.TRAJECTORIES, SheetType.CONTRIBUTIONS);
    Sheet trajecten = workbook.getSheet("Trajecten");
    row(trajecten, 2, "t-xlsx-1", "gemeente-wageningen", "Circulair meubilair uit de sheet",
        "NEW", LocalDate.of(2019, 4, 1), "OFFICE_FURNITURE", "running", 125000.5, "reuse; recycle");
    row(trajecten, 3, "t-xlsx-2", "Gemeente Wageningen", "Circulaire bedrijfskleding", "scale up",
        "1-3-2020");
    row(workbook.getSheet("Bijdragen"), 2, "gemeente-wageningen", 2019, "1.500,00");
    byte[] xlsx = bytes(workbook);
    String before = host.fingerprint();

    Http.Response response = http.post(API + "/uploads?filename=bewijs%20wageningen.xlsx")
        .token(host.team).body("application/octet-stream", xlsx).send();

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().get("created").asInt()).isEqualTo(3);
    assertThat(response.json().get("records").findValuesAsText("kind"))
        .containsExactlyInAnyOrder("trajectories", "trajectories", "contributions");
    assertThat(host.fingerprint()).isNotEqualTo(before);
    JsonNode first = http.get(response.json().get("records").get(0).get("self").asText())
        .token(host.team).send().json();
    assertThat(first.get("owner").asText()).isEqualTo("gemeente-wageningen");
    assertThat(first.get("published").asBoolean()).isTrue();
    JsonNode record = first.get("record");
    assertThat(record.get("id").asText()).isEqualTo("t-xlsx-1");
    assertThat(record.get("started").asText()).isEqualTo("2019-04-01");
    assertThat(record.get("status").asText()).isEqualTo("RUNNING");
    assertThat(record.get("valueEur").decimalValue()).isEqualByComparingTo("125000.5");
    assertThat(record.get("strategies").toString()).isEqualTo("[\"REUSE\",\"RECYCLE\"]");
    JsonNode second = http.get(API + "/evidence/trajectories?party=gemeente-wageningen&size=500")
        .token(host.team).send().json().get("items");
    List<String> ids = second.findValuesAsText("recordId");
    assertThat(ids).contains("t-xlsx-1", "t-xlsx-2");
    for (JsonNode item : second) {
      if (item.get("recordId").asText().equals("t-xlsx-2")) {
        assertThat(item.get("record").get("kind").asText()).isEqualTo("SCALE_UP");
        assertThat(item.get("record").get("started").asText()).isEqualTo("2020-03-01");
      }
    }

    // by its Content-Type alone, and by a party for its own records (unpublished until published)
    XSSFWorkbook own = template(SheetType.COMMUNICATIONS);
    row(own.getSheet("Communicatie"), 2, "ns", LocalDate.of(2019, 5, 1), "website",
        "Circulair inkopen uit de sheet");
    Http.Response party = http.post(API + "/uploads").token(host.party("ns"))
        .body(ApiRoutes.XLSX_TYPE, bytes(own)).send();
    assertThat(party.status()).as(party.toString()).isEqualTo(201);
    JsonNode stored = http.get(party.json().get("records").get(0).get("self").asText())
        .token(host.team).send().json();
    assertThat(stored.get("published").asBoolean()).isFalse();
    assertThat(stored.get("record").get("title").asText())
        .isEqualTo("Circulair inkopen uit de sheet");
  }

  @Test
  void aBadEvidenceWorkbookIsRefusedWithEveryCellLocatedAndNothingStored() throws IOException {
    XSSFWorkbook workbook = template(SheetType.TRAJECTORIES);
    Sheet trajecten = workbook.getSheet("Trajecten");
    row(trajecten, 2, "t-bad-1", "gemeente-wageningen", "Goed", "NEW", LocalDate.of(2019, 4, 1));
    trajecten.getRow(1).getCell(4).setCellFormula("HYPERLINK(\"https://example.org\",\"klik\")");
    row(trajecten, 3, "t-bad-2", "gemeente-wageningen", "Ook goed", "NEW", "31-02-2019");
    byte[] xlsx = bytes(workbook);
    String ns = host.party("ns");
    String before = host.fingerprint();

    Http.Response response = http.post(API + "/uploads?filename=bewijs.xlsx").token(host.team)
        .body(ApiRoutes.XLSX_TYPE, xlsx).send();

    assertProblem(response, 422);
    assertThat(response.json().get("detail").asText()).contains("nothing was stored");
    JsonNode errors = response.json().get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactly("Trajecten!E2", "Trajecten!E3");
    assertThat(errors.get(0).get("message").asText())
        .startsWith("bewijs.xlsx:Trajecten!E2: started: a formula is not accepted");
    assertThat(errors.get(1).get("message").asText())
        .startsWith("bewijs.xlsx:Trajecten!E3: started: not a date (found \"31-02-2019\")");
    assertThat(host.fingerprint()).isEqualTo(before);

    // not a workbook at all: the uploaded file is named, never the server's temporary copy
    Http.Response noise = http.post(API + "/uploads").token(host.team)
        .body(ApiRoutes.XLSX_TYPE, "efforts: []".getBytes(StandardCharsets.UTF_8)).send();
    assertProblem(noise, 422);
    assertThat(noise.json().get("errors").get(0).get("message").asText())
        .startsWith("upload.xlsx: not a readable xlsx workbook");
    assertThat(noise.body()).doesNotContain("greendeal-upload", "/tmp");
    // a workbook with a record of another party: 403 for a party, nothing stored
    XSSFWorkbook other = template(SheetType.COMMUNICATIONS);
    row(other.getSheet("Communicatie"), 2, "prorail", LocalDate.of(2019, 5, 1), "website", "b");
    assertProblem(http.post(API + "/uploads?filename=x.xlsx").token(ns)
        .body(ApiRoutes.XLSX_TYPE, bytes(other)).send(), 403);
    assertProblem(http.post(API + "/uploads?filename=x.xlsx").body(ApiRoutes.XLSX_TYPE, xlsx)
        .send(), 401);
    assertThat(host.fingerprint()).isEqualTo(before);
  }

  @Test
  void aPartyUploadsOnlyItsOwnRecords() {
    String ns = host.party("ns");
    String before = host.fingerprint();
    String yaml = "communications:\n  - {party: ns, date: 2019-05-01, channel: web, title: a}\n"
        + "  - {party: prorail, date: 2019-05-01, channel: web, title: b}\n";
    assertProblem(http.post(API + "/uploads?filename=x.yaml").token(ns)
        .body("application/yaml", yaml.getBytes(StandardCharsets.UTF_8)).send(), 403);
    assertThat(host.fingerprint()).isEqualTo(before);
  }

  @Test
  void theAuditTrailIsTheProjectTeamsAlone() {
    Http.Response page = http.get(API + "/audit?size=5").token(host.team).send();
    assertThat(page.status()).isEqualTo(200);
    JsonNode first = page.json().get("items").get(0);
    assertThat(first.has("actor")).isTrue();
    assertThat(first.has("at")).isTrue();
    assertThat(page.json().get("total").asInt()).isGreaterThan(100);
    assertProblem(http.get(API + "/audit").send(), 401);
    assertProblem(http.get(API + "/audit").token(host.party("ns")).send(), 403);
  }

  @Test
  void theProjectTeamIssuesTokens() {
    Http.Response issued = http.post("/api/tokens").token(host.team).json("{\"party\":\"prorail\"}")
        .send();
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().get("token").asText();
    assertThat(token).startsWith("gd_");
    Http.Response own = http.post(API + "/evidence/communications").token(token)
        .json(Samples.ALL.get("communications").json().replace("\"ns\"", "\"prorail\"")).send();
    assertThat(own.status()).isEqualTo(201);
    assertThat(http.post("/api/tokens").token(host.team).json("{\"projectTeam\":true}").send()
        .status()).isEqualTo(201);
    assertProblem(http.post("/api/tokens").token(host.team).json("{\"party\":\"nobody\"}").send(),
        422);
    assertProblem(http.post("/api/tokens").token(host.team).json("{}").send(), 422);
  }

  @Test
  void aWrongTokenIsRefusedEvenForReading() {
    assertProblem(http.get(API + "/findings").token("gd_wrong").send(), 401);
    assertThat(http.get(API + "/findings").header("Authorization", "Basic eDp5").send().status())
        .isEqualTo(401);
    assertThat(http.get(API + "/findings").token("gd_wrong").send().header("WWW-Authenticate"))
        .get().asString().startsWith("Bearer");
  }

  @Test
  void anUnknownRouteIsAProblemToo() {
    assertProblem(http.get("/api/nothing").send(), 404);
    assertProblem(http.get("/api/deals/other").send(), 404);
  }

  // ---- 401 and 403 on every write route, and nothing changes

  record Write(String name, String method, String path, String body, boolean teamOnly) {
    @Override
    public String toString() {
      return name;
    }
  }

  List<Write> writes() {
    Http.Response created = http.post(API + "/evidence/communications").token(host.team)
        .json(Samples.ALL.get("communications").json()).send();
    String self = created.header("Location").orElseThrow();
    String body = Samples.ALL.get("communications").changed();
    List<Write> writes = new ArrayList<>();
    writes.add(new Write("create", "POST", API + "/evidence/communications", body, false));
    writes.add(new Write("update", "PUT", self, body, false));
    writes.add(new Write("delete", "DELETE", self, null, false));
    writes.add(new Write("publish", "POST", self + "/publish", null, true));
    writes.add(new Write("withdraw", "DELETE", self + "/publish", null, true));
    writes.add(new Write("upload", "POST", API + "/uploads",
        "{\"communications\":[" + body + "]}", false));
    writes.add(new Write("token", "POST", "/api/tokens", "{\"party\":\"ns\"}", true));
    return writes;
  }

  private Http.Response send(Write write, String token) {
    Http.Call call = switch (write.method()) {
      case "POST" -> http.post(write.path());
      case "PUT" -> http.put(write.path());
      default -> http.delete(write.path());
    };
    call.token(token).ifMatch(1);
    if (write.body() != null) {
      call.json(write.body());
    }
    return call.send();
  }

  @Test
  void everyWriteRouteRefusesThePublicAWrongTokenAndTheWrongPartyAndChangesNothing() {
    String otherParty = host.party("prorail");
    for (Write write : writes()) {
      String before = host.fingerprint();
      long tokens = host.store.tokens().count();

      assertProblem(send(write, null), 401);
      assertProblem(send(write, "gd_" + "x".repeat(43)), 401);
      assertProblem(send(write, otherParty), 403);

      assertThat(host.fingerprint()).as(write.name()).isEqualTo(before);
      assertThat(host.store.tokens().count()).as(write.name()).isEqualTo(tokens);
    }
  }

  @Test
  void theOwningPartyMayNotPublishNorIssueTokens() {
    String ns = host.party("ns");
    Http.Response created = http.post(API + "/evidence/communications").token(ns)
        .json(Samples.ALL.get("communications").json()).send();
    String self = created.header("Location").orElseThrow();
    assertProblem(http.post(self + "/publish").token(ns).ifMatch(1).send(), 403);
    assertProblem(http.post("/api/tokens").token(ns).json("{\"party\":\"ns\"}").send(), 403);
    assertProblem(http.post(API + "/evidence/joined").token(ns)
        .json(Samples.ALL.get("joined").json()).send(), 403);
  }
}
