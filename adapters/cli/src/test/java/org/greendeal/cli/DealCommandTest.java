package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealCommandTest {
  @Test
  void helpListsTheCommandsAndExitsZero() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Usage: greendeal").contains("deal").contains("check");
  }

  @Test
  void versionNamesTheRelease() {
    Cli cli = Cli.run("--version");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("greendeal ").doesNotContain("unknown");
  }

  @Test
  void withoutACommandItSaysWhatToDoAndExitsTwo() {
    Cli cli = Cli.run();
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("name a command");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitTwo() {
    Cli cli = Cli.run("deal", "--colour");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Unknown option: '--colour'").contains("greendeal deal --help");
    assertThat(cli.err()).doesNotContain("\tat ");
  }

  @Test
  void dealAsJsonListsTheFortyEightPartiesThreeUnitsAndTwentyFourCommitments() throws Exception {
    Cli cli = Cli.run("deal", "--format", "json");
    assertThat(cli.exitCode()).isZero();
    JsonNode deal = new ObjectMapper().readTree(cli.out());
    assertThat(deal.get("parties")).hasSize(48);
    assertThat(deal.get("units")).hasSize(3);
    List<String> codes = new ArrayList<>();
    deal.get("commitments").forEach(c -> codes.add(c.get("id").asText()));
    assertThat(codes).containsExactly("P-1", "P-2", "P-3", "P-4", "IP-1", "IP-2", "IP-3", "IP-4",
        "IP-5", "FP-1", "FP-2", "FP-3", "FP-4", "FP-5", "FP-6", "KP-1", "KP-2", "KP-3", "KP-4",
        "R-1", "R-2", "R-3", "R-4", "D-1");
  }

  @Test
  void dealAsTextShowsRolesUnitsAndCommitments() {
    Cli cli = Cli.run("deal");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Green Deal Circulair Inkopen 2.0")
        .contains("kennispartner / knowledge partner (12)")
        .contains("inkopende deelnemer / procuring participant (31)")
        .containsPattern("ezk .*\\n\\s+rvo ")
        .containsPattern("IP-5\\s+LIMIT")
        .containsPattern("IP-1\\s+RESULT\\s+2020-12-31");
  }

  @Test
  void dealAsYamlReadsBackAsTheSameDeal() {
    Cli cli = Cli.run("deal", "--format", "yaml");
    assertThat(cli.exitCode()).isZero();
    assertThat(org.greendeal.io.DealFiles.read("deal.yaml", cli.out()))
        .isEqualTo(org.greendeal.io.DealCatalog.standard().builtIn());
  }

  @Test
  void aMalformedDealFileExitsTwoNamingFileLineAndColumn() {
    String file = Cli.resource("broken-deal.yaml");
    Cli cli = Cli.run("deal", "--deal", file);
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(file + ":3:").contains("term.end");
    assertThat(cli.err()).doesNotContain("Exception");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void anUnknownDealIdSaysWhichAreKnown() {
    Cli cli = Cli.run("deal", "--deal", "gdci-9");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("gdci-9").contains("gdci-2.0");
  }
}
