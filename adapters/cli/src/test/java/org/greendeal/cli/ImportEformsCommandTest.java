package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Evidence;
import org.greendeal.model.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportEformsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PIN_RTL_LOT = "af25aa4e-6ced-438b-bf19-4458c2cd2c10/LOT-0001";
  private static final String SEVERAL_LOTS = "4f1c2a9e-0b7d-4e55-9a1e-6c0e2d1f3a01";

  @TempDir
  Path folder;

  private static String notice(String name) {
    try {
      return Path.of(ImportEformsCommandTest.class.getResource("/eforms/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String name) throws IOException {
    return Files.readString(Path.of(notice(name)), StandardCharsets.UTF_8);
  }

  @Test
  void theSdkPriorInformationNoticeForNsYieldsExactlyOneTrajectory() {
    Cli cli = Cli.run("import", "eforms", notice("pin-rtl_24.xml"), "--party", "ns");

    assertThat(cli.exitCode()).isZero();
    Evidence evidence = EvidenceFiles.read("stdout.yaml", cli.out());
    assertThat(evidence.trajectories()).singleElement().satisfies(t -> {
      assertThat(t.id()).contains(PIN_RTL_LOT);
      assertThat(t.party()).isEqualTo("ns");
      assertThat(t.environmentalImpact()).containsExactly("circ-econ");
    });
    assertThat(cli.err()).contains("greendeal: read 1, imported 1, skipped 0, refused 0");
  }

  @Test
  void checkAcceptsTheImportedEvidence() {
    Path out = folder.resolve("pin-rtl.yaml");
    assertThat(Cli.run("import", "eforms", notice("pin-rtl_24.xml"), "--party", "ns",
        "--out", out.toString()).exitCode()).isZero();

    Cli check = Cli.run("check", "--evidence", out.toString());

    assertThat(check.exitCode()).as("judged: NOT_MET findings, but no bad input").isOne();
    assertThat(check.err()).isEmpty();
  }

  @Test
  void checkAfterTheNoticeWasIssuedReportsTheTrajectoryAsOutOfTheDealsTerm() throws Exception {
    Path out = folder.resolve("pin-rtl.json");
    Cli.run("import", "eforms", notice("pin-rtl_24.xml"), "--party", "ns", "--out",
        out.toString());

    Cli check = Cli.run("check", "--evidence", out.toString(), "--as-of", "2024-01-01",
        "--format", "json");

    JsonNode findings = JSON.readTree(check.out()).get("findings");
    assertThat(findings).filteredOn(f -> f.get("code").asText().startsWith("DATA-"))
        .singleElement().satisfies(f -> {
          assertThat(f.get("code").asText()).isEqualTo("DATA-OUT-OF-TERM");
          assertThat(f.get("evidence")).extracting(JsonNode::asText).containsExactly(PIN_RTL_LOT);
        });
  }

  @Test
  void twoCircularLotsInTheTermMeetIP1ForTheBuyer() throws Exception {
    Path notice = Files.writeString(folder.resolve("in-term.xml"), text("several-lots.xml")
        .replace("2024-01-15+01:00", "2019-03-01+01:00")
        .replace("environmental-impact\">clim-mitig</cbc:ProcurementTypeCode>\n"
            + "      </cac:ProcurementAdditionalType>\n      <cac:RequestedTenderTotal>\n"
            + "        <cbc:EstimatedOverallContractAmount currencyID=\"EUR\">80000",
            "environmental-impact\">circ-econ</cbc:ProcurementTypeCode>\n"
            + "      </cac:ProcurementAdditionalType>\n      <cac:RequestedTenderTotal>\n"
            + "        <cbc:EstimatedOverallContractAmount currencyID=\"EUR\">80000"));
    Path out = folder.resolve("in-term.yaml");
    Cli imported = Cli.run("import", "eforms", notice.toString(), "--out", out.toString());
    assertThat(imported.err()).contains("read 3, imported 2, skipped 1");

    Cli check = Cli.run("check", "--evidence", out.toString(), "--format", "json");

    JsonNode ip1 = null;
    for (JsonNode f : JSON.readTree(check.out()).get("findings")) {
      if (f.get("code").asText().equals("IP-1") && f.get("party").asText()
          .equals("gemeente-utrecht")) {
        ip1 = f;
      }
    }
    assertThat(ip1).isNotNull();
    assertThat(ip1.get("status").asText()).isEqualTo("MET");
    assertThat(ip1.get("evidence")).extracting(JsonNode::asText).containsExactly(
        SEVERAL_LOTS + "/LOT-0001", SEVERAL_LOTS + "/LOT-0002");
  }

  @Test
  void severalNoticesAtOnceAreSummedUpWithEverySkippedLotAndItsReason() {
    Cli cli = Cli.run("import", "eforms", notice("pin-rtl_24.xml"), notice("several-lots.xml"),
        notice("cn-social_25.xml"), "--party", "ns");

    assertThat(cli.exitCode()).isZero();
    assertThat(EvidenceFiles.read("stdout.yaml", cli.out()).trajectories())
        .extracting(t -> t.id().orElseThrow())
        .containsExactly(PIN_RTL_LOT, SEVERAL_LOTS + "/LOT-0001");
    assertThat(cli.err()).contains(
        notice("several-lots.xml") + ": lot LOT-0002: skipped: no circular-economy objective;"
            + " BT-774: clim-mitig",
        notice("several-lots.xml") + ": lot LOT-0003: skipped: no green-procurement codes"
            + " (BT-774)",
        notice("cn-social_25.xml") + ": lot LOT-0001: skipped: no circular-economy objective;"
            + " BT-774: biodiv-eco, other",
        "greendeal: read 5, imported 2, skipped 3, refused 0");
  }

  @Test
  void aBuyerThatIsADealPartyIsFoundByName() {
    Cli cli = Cli.run("import", "eforms", notice("several-lots.xml"));

    assertThat(cli.exitCode()).isZero();
    assertThat(EvidenceFiles.read("stdout.yaml", cli.out()).trajectories())
        .extracting(Trajectory::party).containsExactly("gemeente-utrecht");
  }

  @Test
  void aValueInAnotherCurrencyIsLeftOutWithAWarning() {
    Cli cli = Cli.run("import", "eforms", notice("non-euro.xml"));

    assertThat(cli.exitCode()).isZero();
    assertThat(EvidenceFiles.read("stdout.yaml", cli.out()).trajectories()).singleElement()
        .satisfies(t -> assertThat(t.valueEur()).isEmpty());
    assertThat(cli.err()).contains("warning: " + notice("non-euro.xml") + ":76:62: BT-27-Lot:"
        + " lot LOT-0001: estimated value 120000 USD is not in euros; valueEur left out");
  }

  @Test
  void anUnknownBuyerIsALocatedErrorAndNothingIsWritten() {
    Path out = folder.resolve("out.yaml");

    Cli cli = Cli.run("import", "eforms", notice("several-lots.xml"),
        notice("unknown-buyer.xml"), "--out", out.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(notice("unknown-buyer.xml") + ":20:46: buyer:"
        + " \"Gemeente Voorbeeldstad\" is no party of gdci-2.0; give --party ID"
        + System.lineSeparator());
    assertThat(cli.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aPartyThatIsNotOfTheDealIsRefused() {
    Cli cli = Cli.run("import", "eforms", notice("several-lots.xml"), "--party", "nobody");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("greendeal: --party nobody: no party of gdci-2.0;");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aPartyMayBeNamedAsTheDealNamesIt() {
    Cli cli = Cli.run("import", "eforms", notice("unknown-buyer.xml"), "--party",
        "Nederlandse Spoorwegen");

    assertThat(cli.exitCode()).isZero();
    assertThat(EvidenceFiles.read("stdout.yaml", cli.out()).trajectories())
        .extracting(Trajectory::party).containsExactly("ns");
  }

  @Test
  void anExternalEntityIsRefusedAndItsContentAppearsNowhere() {
    Path out = folder.resolve("out.yaml");

    Cli cli = Cli.run("import", "eforms", notice("xxe.xml"), "--party", "ns", "--out",
        out.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith(notice("xxe.xml") + ":2:10: refused: the file declares a"
        + " document type");
    assertThat(cli.out() + cli.err()).doesNotContain("root:");
    assertThat(out).doesNotExist();
  }

  @Test
  void entityExpansionIsRefused() {
    Cli cli = Cli.run("import", "eforms", notice("billion-laughs.xml"), "--party", "ns");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(":2:10: refused: the file declares a document type")
        .doesNotContain("lollol");
  }

  @Test
  void aFileThatIsNoEformsNoticeIsRefusedAndAnEarlierOutputIsKept() throws IOException {
    Path out = Files.writeString(folder.resolve("out.yaml"), "# kept\n");

    Cli cli = Cli.run("import", "eforms", notice("several-lots.xml"), notice("not-eforms.xml"),
        "--out", out.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains(notice("not-eforms.xml") + ":4:86: refused: not an eForms"
        + " notice: the root element is {urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}"
        + "Invoice");
    assertThat(out).hasContent("# kept");
  }

  @Test
  void aTruncatedNoticeIsRefusedWhereItEnds() {
    Path out = folder.resolve("out.yaml");

    Cli cli = Cli.run("import", "eforms", notice("truncated.xml"), "--party", "ns", "--out",
        out.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith(notice("truncated.xml") + ":39:32: refused: not"
        + " well-formed XML");
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingNoticeIsRefused() {
    Cli cli = Cli.run("import", "eforms", folder.resolve("missing.xml").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(folder.resolve("missing.xml") + ": no such file"
        + System.lineSeparator());
  }

  @Test
  void theEvidenceIsWrittenAsJsonByTheExtension() throws IOException {
    Path out = folder.resolve("out.json");

    Cli cli = Cli.run("import", "eforms", notice("several-lots.xml"), "--out", out.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEmpty();
    JsonNode trajectory = JSON.readTree(out.toFile()).get("trajectories").get(0);
    assertThat(trajectory.get("gppCriteria")).extracting(JsonNode::asText)
        .containsExactly("eu", "national");
    assertThat(trajectory.get("strategicProcurement")).extracting(JsonNode::asText)
        .containsExactly("env-imp");
    assertThat(EvidenceFiles.read(out).trajectories()).hasSize(1);
  }

  @Test
  void withoutANoticeItIsAUsageError() {
    Cli cli = Cli.run("import", "eforms");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("NOTICE.xml");
  }
}
