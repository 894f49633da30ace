package org.greendeal.imports.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greendeal.imports.ocds.OcdsFixtures.DEAL;
import static org.greendeal.imports.ocds.OcdsFixtures.file;
import static org.greendeal.imports.ocds.OcdsFixtures.problems;
import static org.greendeal.imports.ocds.OcdsImporterTest.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greendeal.model.PartyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused whole, with every problem located by file, line, column and field. */
class OcdsRefusalTest {
  private static final OcdsImporter IMPORTER = OcdsImporter.forDeal(DEAL);

  private static List<String> refused(String content) {
    return problems(() -> IMPORTER.read("bad.json", content));
  }

  @Test
  void anUnknownBuyerOfACircularTenderIsALocatedErrorThatNamesIt() {
    String content = """
        {"ocid": "ocds-gdtest-0100", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Nergenshuizen"},
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    assertThat(refused(content)).containsExactly("bad.json:2:20: buyer.name: buyer \"Gemeente"
        + " Nergenshuizen\" is not a party of deal gdci-2.0; expected the name or id of one of its"
        + " parties, or pass --party ID");
  }

  @Test
  void anUnknownBuyerIsNoErrorWhenNothingOfItsReleaseIsImported() {
    String content = """
        {"ocid": "ocds-gdtest-0101", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Nergenshuizen"},
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "social"}]}}
        """;
    assertThat(IMPORTER.read("ok.json", content).result().skipped()).hasSize(1);
  }

  @Test
  void anUnknownBuyerIsNoErrorWithParty() {
    String content = """
        {"ocid": "ocds-gdtest-0102", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Nergenshuizen"},
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    assertThat(IMPORTER.withParty(PartyId.of("ns")).read("ok.json", content).result()
        .evidence().trajectories()).extracting(t -> t.party()).containsExactly("ns");
  }

  @Test
  void aReleaseWithoutAnyBuyerNeedsParty() {
    String content = """
        {"ocid": "ocds-gdtest-0103", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    assertThat(refused(content)).containsExactly("bad.json:1:1: buyer: no buyer: expected"
        + " buyer.name, or a party with the role \"buyer\" in parties; or pass --party ID");
  }

  @Test
  void theUnknownBuyersOfSeveralReleasesAreAllListed() {
    String one = release("ocds-gdtest-0104", "a", "2019-05-05T00:00:00Z", "A")
        .replace("Gemeente Utrecht", "Gemeente Eén");
    String two = release("ocds-gdtest-0105", "b", "2019-05-05T00:00:00Z", "B")
        .replace("Gemeente Utrecht", "Gemeente Twee");
    assertThat(refused("{\"releases\": [" + one + ", " + two + "]}"))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("releases[0].buyer.name", "\"Gemeente Eén\""))
        .anySatisfy(p -> assertThat(p).contains("releases[1].buyer.name", "\"Gemeente Twee\""));
  }

  @Test
  void jsonThatIsNotOcdsIsRefusedSayingWhatWasExpected() {
    assertThat(refused("{\"name\": \"a list of things\", \"items\": [1, 2]}")).containsExactly(
        "bad.json:1:1: not OCDS JSON: expected a release package (a \"releases\" array), a record"
            + " package (a \"records\" array) or a release (\"ocid\" and \"tag\"); found the keys"
            + " name, items");
    assertThat(refused("[{\"ocid\": \"x\"}]")).containsExactly("bad.json:1:1: not OCDS JSON: the"
        + " file holds an array; expected an object: a release package, a record package or a"
        + " release");
    assertThat(refused("{\"ocid\": \"ocds-x\"}")).singleElement().asString()
        .contains("not OCDS JSON", "found the keys ocid");
    assertThat(refused("{\"releases\": {\"ocid\": \"x\"}}")).containsExactly(
        "bad.json:1:14: releases: is an object; expected an array");
    assertThat(refused("{\"releases\": [], \"records\": []}")).containsExactly(
        "bad.json:1:29: records: a file has a releases array (a release package) or a records"
            + " array (a record package), not both");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(refused("  \n")).containsExactly("bad.json: is empty; expected OCDS JSON: a"
        + " release package, a record package or a release");
  }

  @Test
  void aJsonSyntaxErrorIsReportedWithLineAndColumn() {
    assertThat(refused("{\"releases\": [\n  {\"ocid\": \"a\",}\n]}")).singleElement().asString()
        .startsWith("bad.json:2:16: JSON syntax error: Unexpected character ('}'");
  }

  @Test
  void moreJsonAfterTheTopLevelObjectIsRefused() {
    assertThat(refused("{\"releases\": []}\n{\"releases\": []}")).containsExactly(
        "bad.json:2:1: more JSON after the end of the top-level object; expected one object per"
            + " file");
  }

  @Test
  void aDuplicateKeyIsRefusedNamingBothPlaces() {
    String content = """
        {"ocid": "ocds-gdtest-0110", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht", "name": "Gemeente Rotterdam"},
         "tender": {"id": "t", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    assertThat(refused(content)).containsExactly("bad.json:2:40: buyer.name: duplicate key"
        + " \"name\"; it is already given at line 2, column 12");
  }

  @Test
  void aTruncatedFileIsRefusedAndNothingIsImported(@TempDir Path dir) throws IOException {
    String whole = Files.readString(file("release-package.json"));
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, whole.substring(0, whole.length() * 2 / 3));
    List<String> problems = problems(() -> IMPORTER.read(List.of(truncated)));
    assertThat(problems).singleElement().asString()
        .startsWith(truncated + ":")
        .contains("the file ends too early, it is truncated or incomplete: Unexpected"
            + " end-of-input");
  }

  @Test
  void aFileThatEndsInsideAnArrayNamesWhereTheArrayOpened() {
    assertThat(refused("{\"releases\": [\n")).singleElement().asString()
        .isEqualTo("bad.json:2:1: the file ends too early, it is truncated or incomplete:"
            + " Unexpected end-of-input: expected close marker for Array (opened at line 1,"
            + " column 14)");
  }

  @Test
  void oneBadFileRefusesTheWholeImportAndEveryFilesProblemsAreListed(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"foo\": 1}");
    Path missing = dir.resolve("missing.json");
    List<String> problems = problems(() -> IMPORTER.read(
        List.of(file("release-lots.json"), bad, missing)));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith(bad + ":1:1: not OCDS JSON");
    assertThat(problems.get(1)).isEqualTo(missing + ": no such file");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, release("ocds-gdtest-0111", "r", "2019-05-05T00:00:00Z", "Café")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> IMPORTER.read(List.of(latin1))))
        .containsExactly(latin1 + ": is not UTF-8 text; OCDS JSON is UTF-8");
  }

  @Test
  void wrongTypesInTheFieldsATrajectoryIsMadeFromAreLocated() {
    String content = """
        {"ocid": "ocds-gdtest-0112", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": 12, "tenderPeriod": {"startDate": "next spring"},
                    "value": {"amount": "1000", "currency": "EUR"},
                    "sustainability": [{"goal": "environmental.circularEconomy", "strategies": "awardCriteria"},
                                       "environmental.recycling", {"goal": ["social"]}]}}
        """;
    assertThat(refused(content)).containsExactly(
        "bad.json:3:33: tender.title: is the number 12; expected a title as text",
        "bad.json:3:67: tender.tenderPeriod.startDate: is the text \"next spring\"; expected an"
            + " ISO 8601 date-time such as 2019-03-01T09:00:00Z",
        "bad.json:4:33: tender.value.amount: is the text \"1000\"; expected a number",
        "bad.json:5:88: tender.sustainability[0].strategies: is the text \"awardCriteria\";"
            + " expected an array of strategy codes",
        "bad.json:6:32: tender.sustainability[1]: is the text \"environmental.recycling\";"
            + " expected a sustainability object {goal, strategies, description}",
        "bad.json:6:68: tender.sustainability[2].goal: is an array; expected a code such as"
            + " environmental.circularEconomy");
  }

  @Test
  void aReleaseWithoutOcidOrDateIsRefused() {
    String content = """
        {"releases": [
          {"id": "r", "tag": ["tender"], "buyer": {"name": "Gemeente Utrecht"},
           "tender": {"id": "t", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        ]}
        """;
    assertThat(refused(content)).containsExactly(
        "bad.json:2:3: releases[0].ocid: is missing; expected the release's ocid, such as"
            + " \"ocds-213czf-000-00001\"",
        "bad.json:2:3: releases[0].date: is missing; expected the release's date-time, such as"
            + " \"2019-03-01T09:00:00Z\"");
  }

  @Test
  void duplicateLotIdsAndLotsWithoutIdsAreRefused() {
    String content = """
        {"ocid": "ocds-gdtest-0113", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}],
                    "lots": [{"id": "L1"}, {"id": "L1"}, {"title": "no id"}, "L4"]}}
        """;
    assertThat(refused(content)).containsExactly(
        "bad.json:4:43: tender.lots[1].id: duplicate lot id \"L1\"; it is already the id of"
            + " tender.lots[0] at line 4",
        "bad.json:4:50: tender.lots[2].id: is missing; expected the lot's id, such as \"LOT-0001\"",
        "bad.json:4:70: tender.lots[3]: is the text \"L4\"; expected a lot object");
  }

  @Test
  void anAbsurdAmountIsRefusedNotExpanded() {
    String content = """
        {"ocid": "ocds-gdtest-0114", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative", "value": {"amount": 1e999999999, "currency": "EUR"},
                    "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    assertThat(refused(content)).singleElement().asString()
        .contains("tender.value.amount: is the number 1e999999999; expected an amount below 10^15");
  }

  @Test
  void deeplyNestedJsonIsRefusedNotACrash() {
    String deep = "{\"ocid\": \"x\", \"tag\": [], \"tender\": " + "[".repeat(5000)
        + "]".repeat(5000) + "}";
    assertThat(refused(deep)).singleElement().asString()
        .startsWith("bad.json:1:1036: JSON syntax error: Document nesting depth (1001) exceeds"
            + " the maximum allowed (1000)");
  }

  @Test
  void aPartyThatIsNotInTheDealIsRefusedByWithParty() {
    assertThatThrownBy(() -> IMPORTER.withParty(PartyId.of("gemeente-atlantis")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gemeente-atlantis is not a party of deal gdci-2.0");
  }
}
