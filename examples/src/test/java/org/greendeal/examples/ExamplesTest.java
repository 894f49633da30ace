package org.greendeal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.greendeal.model.PartyId;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/** Runs every example so that none of them can rot. */
class ExamplesTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void judgeEvidenceFindsProvincieUtrechtMeetsIP1AndNsOverTheLimit() {
    Evaluation e = JudgeEvidence.run(out);
    assertThat(e.finding("IP-1", PartyId.of("provincie-utrecht")).orElseThrow().status())
        .contains(Status.MET);
    assertThat(e.finding("IP-5", PartyId.of("ns")).orElseThrow().status()).contains(Status.EXCEEDED);
    assertThat(printed()).contains("ERROR IP-5 ns: over €1,500.00 in 2019 (€1,750.00)").contains("summary: {");
  }

  @Test
  void customRuleRunsBesideTheDealsOwn() {
    Evaluation e = CustomRule.run(out);
    assertThat(e.finding("X-VALUE", PartyId.of("ns")).orElseThrow().status())
        .contains(Status.NO_EVIDENCE);
    assertThat(e.finding("X-VALUE", PartyId.of("provincie-utrecht")).orElseThrow().evidence())
        .containsExactly("pu-2");
    assertThat(e.findings("IP-1")).hasSize(31);
    assertThat(printed()).contains("X-VALUE ns: without value: [ns-1]");
  }

  @Test
  void ownDealFileIsJudgedWithoutJava() {
    Evaluation e = OwnDealFile.run(out);
    assertThat(e.dealId()).isEqualTo("schone-kantines");
    assertThat(e.finding("SK-1", PartyId.of("gemeente-a")).orElseThrow().status()).contains(Status.MET);
    assertThat(e.finding("SK-1", PartyId.of("gemeente-b")).orElseThrow().status()).contains(Status.NOT_MET);
    assertThat(e.finding("SK-2", PartyId.of("stichting-kantine")).orElseThrow().status())
        .contains(Status.REPORTED);
    assertThat(e.findings("SK-3")).allSatisfy(f -> assertThat(f.status()).contains(Status.RESPECTED));
    assertThat(e.findings("DATA-ANNEX-COUNT")).isEmpty();
    assertThat(printed()).contains("SK-1 gemeente-b NOT_MET");
  }

  @Test
  void buildReportRendersTheLibrarysReportAsMarkdown() throws Exception {
    var report = BuildReport.run(out);
    assertThat(report.trajectories().count()).isEqualTo(3);
    assertThat(printed()).startsWith("# Progress report: Green Deal on Circular Procurement 2.0")
        .contains("> **ILLUSTRATIVE").contains("| IP-1 |");
  }
}
