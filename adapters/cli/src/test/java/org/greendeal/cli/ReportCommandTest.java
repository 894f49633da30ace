package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path folder;

  @Test
  void withoutEvidenceItPrintsTheDutchReportOfTheDemoAndSaysItIsIllustrative() {
    Cli cli = Cli.run("report");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Voortgangsrapportage: Green Deal Circulair Inkopen 2.0")
        .contains("!! ILLUSTRATIEF").contains("Samenvatting").contains("Geleerde lessen")
        .contains("€ 1.500,00").contains("Provincie Utrecht (provincie-utrecht)");
    assertThat(cli.err()).contains("ILLUSTRATIVE demo evidence");
  }

  @Test
  void langEnGivesTheEnglishReport() {
    Cli cli = Cli.run("report", "--lang", "en");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Progress report: Green Deal on Circular Procurement 2.0")
        .contains("!! ILLUSTRATIVE").contains("Lessons learned").contains("€1,500.00");
  }

  @Test
  void realEvidenceIsNotCalledIllustrative() {
    Cli cli = Cli.run("report", "--evidence", Cli.resource("evidence.yaml"), "--format", "md");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("# Voortgangsrapportage").doesNotContain("ILLUSTRATIEF");
    assertThat(cli.err()).doesNotContain("ILLUSTRATIVE");
  }

  @Test
  void outWritesTheFileSaysWhereAndTakesTheFormatFromTheExtension() throws Exception {
    Path json = folder.resolve("report.json");
    Cli cli = Cli.run("report", "--out", json.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("wrote " + json).contains("json");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("header").get("illustrative").asBoolean()).isTrue();
    assertThat(report.get("parties")).hasSizeGreaterThan(48);
  }

  @Test
  void anOutFolderThatDoesNotExistIsBadInputAndWritesNothing() {
    Path missing = folder.resolve("no/such/folder/report.md");
    Cli cli = Cli.run("report", "--out", missing.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no such directory");
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test
  void badEvidenceWritesNoReport() throws Exception {
    Path target = folder.resolve("report.md");
    Cli cli = Cli.run("report", "--evidence", Cli.resource("bad-evidence.yaml"), "--out",
        target.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(Files.exists(target)).isFalse();
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli cli = Cli.run("report", "--format", "pdf");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--format").contains("pdf");
  }
}
