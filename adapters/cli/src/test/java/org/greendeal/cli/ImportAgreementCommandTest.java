package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.greendeal.io.DealFiles;
import org.greendeal.model.Deal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code greendeal import agreement} from the outside: the agreement text of the built-in deal
 * becomes a deal file that {@code greendeal deal} shows and {@code greendeal check} judges
 * evidence against; bad input exits 2 and writes nothing.
 */
class ImportAgreementCommandTest {
  private static final String TEXT = resource("green-deal-circulair-inkopen-2.0.txt");

  @TempDir
  Path dir;

  @Test
  void theAgreementBecomesADealFileThatDealShowsAndCheckJudges() throws IOException {
    Path deal = dir.resolve("deal.yaml");
    Cli imported = Cli.run("import", "agreement", TEXT, "--out", deal.toString());
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err())
        .contains("warning: " + TEXT + ":158:1: Bijlage 1 Alle betrokken partijen: the annex"
            + " abbreviates \"Ministerie van Economische Zaken en Klimaat\" as \"EZ\"")
        .contains("warning: " + TEXT + ":77:1: FP-6: ")
        .contains("greendeal: read 48 parties, 3 units, 24 commitments; 4 warnings; wrote "
            + deal);
    assertThat(deal).exists();

    Cli shown = Cli.run("deal", "--deal", deal.toString(), "--format", "json");
    assertThat(shown.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(shown.out());
    assertThat(json.get("parties")).hasSize(48);
    assertThat(json.get("units")).hasSize(3);
    assertThat(json.get("commitments")).hasSize(24);
    assertThat(json.get("term").get("end").asText()).isEqualTo("2020-12-31");

    Cli checked = Cli.run("check", "--deal", deal.toString(), "--evidence",
        resource("evidence-by-name.yaml"), "--format", "json");
    assertThat(checked.exitCode()).as(checked.err()).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(checked.out()).get("findings");
    assertThat(status(findings, "IP-1", "provincie-utrecht")).isEqualTo("MET");
    assertThat(status(findings, "IP-5", "enexis")).isEqualTo("EXCEEDED");
    assertThat(status(findings, "FP-1", "mvo-nederland")).isEqualTo("MET");
    assertThat(status(findings, "R-4", "rvo")).isEqualTo("MET");
    assertThat(status(findings, "KP-1", "copper8")).isEqualTo("MET");
    assertThat(status(findings, "IP-1", "gemeente-wageningen")).isEqualTo("NOT_MET");
    findings.forEach(f -> assertThat(f.get("code").asText()).doesNotStartWith("DATA-"));
  }

  @Test
  void withoutOutTheDealFileGoesToStdoutAsYamlAndWarningsToStderr() {
    Cli cli = Cli.run("import", "agreement", TEXT);
    assertThat(cli.exitCode()).isZero();
    Deal deal = DealFiles.read("deal.yaml", cli.out());
    assertThat(deal.parties()).hasSize(48);
    assertThat(deal.commitments()).hasSize(24);
    assertThat(cli.out()).doesNotContain("warning");
    assertThat(cli.err()).contains("warning: ").contains("greendeal: read 48 parties")
        .doesNotContain("wrote");
  }

  @Test
  void anOutFileEndingInJsonGetsJson() throws IOException {
    Path deal = dir.resolve("deal.json");
    assertThat(Cli.run("import", "agreement", TEXT, "--out", deal.toString()).exitCode())
        .isZero();
    String json = Files.readString(deal, StandardCharsets.UTF_8);
    assertThat(json).startsWith("{");
    assertThat(DealFiles.read(deal).commitments()).hasSize(24);
  }

  @Test
  void signedAndIdChooseTheStartAndTheDealsId() {
    Cli cli = Cli.run("import", "agreement", TEXT, "--signed", "2018-06-08", "--id", "gd-223");
    assertThat(cli.exitCode()).isZero();
    Deal deal = DealFiles.read("deal.yaml", cli.out());
    assertThat(deal.id()).isEqualTo("gd-223");
    assertThat(deal.term().start()).hasToString("2018-06-08");
    assertThat(deal.signed()).hasValueSatisfying(d -> assertThat(d).hasToString("2018-06-08"));
    assertThat(cli.err()).contains("3 warnings").doesNotContain("known deal");
  }

  @Test
  void aTextWithoutInzetEnActiesIsRefusedWithALocatedMessageAndNothingWritten()
      throws IOException {
    Path text = dir.resolve("no-commitments.txt");
    String agreement = Files.readString(Path.of(TEXT), StandardCharsets.UTF_8);
    Files.writeString(text, agreement.substring(0, agreement.indexOf(" Inzet en acties partijen"))
        + agreement.substring(agreement.indexOf(" Bijlage 1 Alle")), StandardCharsets.UTF_8);
    Path deal = dir.resolve("deal.yaml");
    Cli cli = Cli.run("import", "agreement", text.toString(), "--out", deal.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(text + ":1:1: Inzet en acties: no section \"Inzet en"
        + " acties\" (the commitments); expected a heading such as \"Inzet en acties partijen\""
        + " followed by one bullet \"-- ...\" per commitment" + System.lineSeparator());
    assertThat(cli.out()).isEmpty();
    assertThat(deal).doesNotExist();
  }

  @Test
  void aRefusedTextLeavesAnExistingOutFileAsItWas() throws IOException {
    Path text = dir.resolve("empty.txt");
    Files.writeString(text, "\n\n", StandardCharsets.UTF_8);
    Path deal = dir.resolve("deal.yaml");
    Files.writeString(deal, "keep me\n", StandardCharsets.UTF_8);
    Cli cli = Cli.run("import", "agreement", text.toString(), "--out", deal.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith(text + ":1:1: the text is empty");
    assertThat(Files.readString(deal, StandardCharsets.UTF_8)).isEqualTo("keep me\n");
  }

  @Test
  void badFilesAndOptionsExitTwoWithoutAStackTrace() {
    Cli missing = Cli.run("import", "agreement", dir.resolve("missing.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("missing.txt: file not found");

    Cli date = Cli.run("import", "agreement", TEXT, "--signed", "7 juni 2018");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("not a date").contains("expected YYYY-MM-DD");

    Cli out = Cli.run("import", "agreement", TEXT, "--out", dir.resolve("deal.txt").toString());
    assertThat(out.exitCode()).isEqualTo(2);
    assertThat(out.err()).contains("expected a file name ending in .yaml, .yml or .json");
    assertThat(dir.resolve("deal.txt")).doesNotExist();

    Cli id = Cli.run("import", "agreement", TEXT, "--id", "Mijn Deal");
    assertThat(id.exitCode()).isEqualTo(2);
    assertThat(id.err()).contains("--id \"Mijn Deal\": expected lower-case letters");

    Cli noFile = Cli.run("import", "agreement");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("FILE.txt");

    for (Cli cli : new Cli[] {missing, date, out, id, noFile}) {
      assertThat(cli.err()).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(cli.out()).isEmpty();
    }
  }

  @Test
  void helpDescribesTheCommand() {
    Cli cli = Cli.run("import", "agreement", "--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("agreement text").contains("--out").contains("--signed")
        .contains("--id");
  }

  private static String status(JsonNode findings, String code, String party) {
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals(code) && f.has("party")
          && f.get("party").asText().equals(party)) {
        return f.get("status").asText();
      }
    }
    throw new AssertionError("no finding " + code + " for " + party);
  }

  private static String resource(String name) {
    try {
      return Paths.get(ImportAgreementCommandTest.class.getResource("/agreement/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
