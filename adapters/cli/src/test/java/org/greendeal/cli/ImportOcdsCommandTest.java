package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOcdsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String ocds(String name) {
    return Cli.resource("ocds/" + name);
  }

  private static JsonNode finding(JsonNode findings, String code, String party) {
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals(code) && f.path("party").asText().equals(party)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " finding for " + party);
  }

  @Test
  void importedTrajectoriesAreAcceptedByCheckAndMeetIP1(@TempDir Path dir) throws IOException {
    Path evidence = dir.resolve("ev.yaml");
    Cli imported = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-utrecht",
        "--out", evidence.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).isEmpty();
    assertThat(Files.readString(evidence)).contains("ocds-gdtest-0201/LOT-1", "ocds-gdtest-0202");

    Cli check = Cli.run("check", "--evidence", evidence.toString(), "--format", "json");
    assertThat(check.exitCode()).as(check.err()).isIn(0, 1);
    JsonNode ip1 = finding(JSON.readTree(check.out()).get("findings"), "IP-1", "gemeente-utrecht");
    assertThat(ip1.get("status").asText()).isEqualTo("MET");
    assertThat(ip1.get("evidence")).extracting(JsonNode::asText)
        .containsExactly("ocds-gdtest-0201/LOT-1", "ocds-gdtest-0202");
  }

  @Test
  void skippedItemsWarningsAndTheSummaryGoToStderr(@TempDir Path dir) {
    Path evidence = dir.resolve("ev.yaml");
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-utrecht",
        "--out", evidence.toString());
    String file = ocds("utrecht.json");
    assertThat(cli.err().lines()).containsExactly(
        file + ": ocds-gdtest-0202: warning: value 40000 USD is not in EUR; valueEur left out"
            + " (no currency is converted)",
        file + ": ocds-gdtest-0201/LOT-2: skipped: no sustainability goal"
            + " environmental.circularEconomy; goals: social.smeInclusion",
        "greendeal: read 3, imported 2, skipped 1, refused 0; wrote " + evidence);
  }

  @Test
  void withoutOutTheEvidenceIsYamlOnStdout() {
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-utrecht");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("trajectories:", "id: ocds-gdtest-0201/LOT-1",
        "party: gemeente-utrecht", "kind: NEW", "started: 2019-03-04", "valueEur: 120000",
        "notice: ocds-gdtest-0201", "- REUSE", "- RECYCLE");
    assertThat(cli.out()).doesNotContain("valueEur: 40000");
  }

  @Test
  void outEndingInJsonWritesJson(@TempDir Path dir) throws IOException {
    Path evidence = dir.resolve("ev.json");
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "Gemeente Utrecht",
        "--out", evidence.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode json = JSON.readTree(evidence.toFile());
    assertThat(json.get("trajectories")).extracting(t -> t.get("party").asText())
        .containsExactly("gemeente-utrecht", "gemeente-utrecht");
  }

  @Test
  void anOutThatIsNoEvidenceFileNameIsRefusedAndNothingIsWritten(@TempDir Path dir) {
    Path evidence = dir.resolve("ev.txt");
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-utrecht",
        "--out", evidence.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("ends in .yaml, .yml or .json");
    assertThat(evidence).doesNotExist();
  }

  @Test
  void anUnknownBuyerIsALocatedErrorWithExitTwoAndNothingWritten(@TempDir Path dir) {
    Path evidence = dir.resolve("ev.yaml");
    Cli cli = Cli.run("import", "ocds", ocds("unknown-buyer.json"), "--out", evidence.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(ocds("unknown-buyer.json") + ":6:21: buyer.name: buyer"
        + " \"Gemeente Nergenshuizen\" is not a party of deal gdci-2.0; expected the name or id of"
        + " one of its parties, or pass --party ID" + System.lineSeparator());
    assertThat(evidence).doesNotExist();
  }

  @Test
  void aTruncatedFileIsRefusedAndAnEarlierOutputIsLeftAsItWas(@TempDir Path dir)
      throws IOException {
    Path evidence = dir.resolve("ev.yaml");
    Files.writeString(evidence, "trajectories: []\n");
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), ocds("truncated.json"),
        "--party", "gemeente-utrecht", "--out", evidence.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith(ocds("truncated.json") + ":")
        .contains("the file ends too early, it is truncated or incomplete")
        .doesNotContain("imported", "Exception");
    assertThat(Files.readString(evidence)).isEqualTo("trajectories: []\n");
  }

  @Test
  void jsonThatIsNotOcdsIsRefused() {
    Cli cli = Cli.run("import", "ocds", ocds("not-ocds.json"));
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(":1:1: not OCDS JSON: expected a release package");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aPartyThatIsNotInTheDealIsAUsageError() {
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-atlantis");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("greendeal: --party gemeente-atlantis: not a party of gdci-2.0;"
        + " expected a party id such as gemeente-utrecht (see greendeal deal)"
        + System.lineSeparator());
  }

  @Test
  void aMissingFileIsRefused(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    Cli cli = Cli.run("import", "ocds", missing.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void anOutInNoDirectoryIsRefusedBeforeAnythingIsRead(@TempDir Path dir) {
    Path out = dir.resolve("no-such-dir").resolve("ev.yaml");
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), "--party", "gemeente-utrecht",
        "--out", out.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("greendeal: --out " + out + ": no such directory: "
        + out.getParent() + System.lineSeparator());
  }

  @Test
  void withoutFilesItIsAUsageError() {
    Cli cli = Cli.run("import", "ocds");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("FILE.json").contains("import ocds --help");
  }

  @Test
  void severalFilesAreReadTogetherWithoutAProgressBarWhenNotOnATerminal() {
    Cli cli = Cli.run("import", "ocds", ocds("utrecht.json"), ocds("unknown-buyer.json"),
        "--party", "gemeente-utrecht");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("id: ocds-gdtest-0210");
    assertThat(cli.err()).doesNotContain("OCDS files").contains("read 4, imported 3");
  }

  @Test
  void helpDescribesTheCommand() {
    Cli cli = Cli.run("import", "ocds", "--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("environmental.circularEconomy", "--party", "--out");
  }
}
