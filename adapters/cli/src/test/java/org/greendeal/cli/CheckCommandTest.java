package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode finding(JsonNode findings, String code, String party) {
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals(code) && f.has("party")
          && f.get("party").asText().equals(party)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " finding for " + party);
  }

  @Test
  void checkAsJsonPrintsTheFindingsOfTheContractAndExitsOneOnAnError() throws Exception {
    Cli cli = Cli.run("check", "--evidence", Cli.resource("evidence.yaml"), "--format", "json");
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = JSON.readTree(cli.out());
    assertThat(json.get("deal").asText()).isEqualTo("gdci-2.0");
    assertThat(json.get("asOf").asText()).isEqualTo("2020-12-31");
    JsonNode ip1 = finding(json.get("findings"), "IP-1", "provincie-utrecht");
    assertThat(ip1.get("status").asText()).isEqualTo("MET");
    assertThat(ip1.get("severity").asText()).isEqualTo("INFO");
    assertThat(ip1.get("actual").asInt()).isEqualTo(2);
    assertThat(ip1.get("required").asInt()).isEqualTo(2);
    assertThat(ip1.get("evidence")).extracting(JsonNode::asText).containsExactly("pu-1", "pu-2");
    assertThat(ip1.get("message").asText()).isEqualTo("2 van 2 trajecten met kind = NEW: pu-1, pu-2");
    assertThat(finding(json.get("findings"), "IP-5", "gemeente-rotterdam").get("status").asText())
        .isEqualTo("EXCEEDED");
    assertThat(json.get("summary").get("MET").asInt()).isPositive();
  }

  @Test
  void findingsAreSortedByCodeThenParty() throws Exception {
    Cli cli = Cli.run("check", "--format", "json");
    assertThat(cli.err()).contains("ILLUSTRATIVE demo evidence");
    List<String> keys = new ArrayList<>();
    JSON.readTree(cli.out()).get("findings").forEach(f -> keys.add(
        f.get("code").asText() + " " + (f.has("party") ? f.get("party").asText() : "")));
    assertThat(keys).isNotEmpty();
    assertThat(keys.get(0)).startsWith("D-1 ");
    assertThat(keys.subList(0, 48)).isSorted();
    assertThat(keys).contains("IP-5 gemeente-rotterdam", "DATA-OUT-OF-TERM desko");
  }

  @Test
  void englishMessagesWithLangEn() throws Exception {
    Cli cli = Cli.run("check", "--evidence", Cli.resource("evidence.yaml"), "--format", "json",
        "--lang", "en");
    JsonNode ip1 = finding(JSON.readTree(cli.out()).get("findings"), "IP-1", "provincie-utrecht");
    assertThat(ip1.get("message").asText()).isEqualTo("2 of 2 trajectories with kind = NEW: pu-1, pu-2");
  }

  @Test
  void beforeTheDueDateNothingIsAtErrorAndTheExitIsZero() {
    Cli cli = Cli.run("check", "--evidence", Cli.resource("empty.yaml"), "--as-of", "2019-06-30",
        "--format", "json");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\"asOf\" : \"2019-06-30\"").doesNotContain("\"ERROR\"");
  }

  @Test
  void textOutputGroupsByRoleAndPartyWithWorstFirstAndASummary() {
    Cli cli = Cli.run("check", "--evidence", Cli.resource("evidence.yaml"), "--lang", "en");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("Procuring participant").contains("  Gemeente Rotterdam (gemeente-rotterdam)")
        .containsPattern("Gemeente Rotterdam \\(gemeente-rotterdam\\)\\n    ERROR\\s+IP-1")
        .containsPattern("Summary: .*MET.*errors.*warnings")
        .doesNotContain("\u001b[");
  }

  @Test
  void aMalformedEvidenceFileExitsTwoWithEveryProblemLocated() {
    String file = Cli.resource("bad-evidence.yaml");
    Cli cli = Cli.run("check", "--evidence", file, "--format", "json");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains(file + ":2:").contains("trajectories[0].kind").contains("NEWISH")
        .contains(file + ":4:").contains("amountEur")
        .contains(file + ":6:").contains("2019-13-01").contains("colour");
    assertThat(cli.err()).doesNotContain("\tat ");
  }

  @Test
  void aMissingEvidenceFileIsBadInput() {
    Cli cli = Cli.run("check", "--evidence", "no/such/file.yaml");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no/such/file.yaml");
  }

  @Test
  void aBadAsOfDateIsAUsageError() {
    Cli cli = Cli.run("check", "--as-of", "2019-13-01");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--as-of").contains("not a date (found \"2019-13-01\")");
  }

  @Test
  void explainShowsWhichRecordsWereCountedAndWhichLeftOutAndWhy() throws Exception {
    String file = Cli.resource("explain.yaml");
    Cli cli = Cli.run("check", "--evidence", file, "--format", "json", "--lang", "en", "--explain");
    JsonNode ip1 = finding(JSON.readTree(cli.out()).get("findings"), "IP-1", "prorail");
    List<String> lines = new ArrayList<>();
    ip1.get("explanation").forEach(c -> lines.add(c.get("record").asText() + " "
        + c.get("counted").asBoolean() + " " + c.get("reason").asText()));
    assertThat(lines).containsExactly(
        "pr-2 true counted: cancelled, still counts by its start date 2019-10-01",
        "pr-1 false not counted: outside the term",
        "pr-3 false not counted: after the as-of date 2020-12-31");
    Cli text = Cli.run("check", "--evidence", file, "--lang", "en", "--explain");
    assertThat(text.out()).contains("+ pr-2: counted").contains("- pr-1: not counted: outside the term");
    assertThat(Cli.run("check", "--evidence", file, "--format", "json").out()).doesNotContain("explanation");
  }
}
