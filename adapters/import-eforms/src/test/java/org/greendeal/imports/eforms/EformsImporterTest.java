package org.greendeal.imports.eforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greendeal.imports.eforms.Notices.DEAL;
import static org.greendeal.imports.eforms.Notices.path;
import static org.greendeal.imports.eforms.Notices.problems;
import static org.greendeal.imports.eforms.Notices.read;
import static org.greendeal.imports.eforms.Notices.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.ImportResult;
import org.greendeal.io.ImportResult.Skipped;
import org.greendeal.io.Problem;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.PartyId;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;
import org.junit.jupiter.api.Test;

class EformsImporterTest {
  private static final EformsImporter BY_BUYER = EformsImporter.forDeal(DEAL);
  private static final EformsImporter FOR_NS = BY_BUYER.creditingTo(PartyId.of("ns"));

  @Test
  void theCircularLotOfTheSdkPriorInformationNoticeBecomesOneTrajectory() {
    EformsImport imported = read(FOR_NS, "pin-rtl_24.xml");

    String notice = "af25aa4e-6ced-438b-bf19-4458c2cd2c10";
    assertThat(imported.result().evidence().trajectories()).containsExactly(
        ImmutableTrajectory.builder().id(notice + "/LOT-0001").party("ns")
            .title("Title (BT-2 vol3").kind(TrajectoryKind.NEW).started(LocalDate.of(2023, 5, 26))
            .category("EDUCATION").notice(notice).addEnvironmentalImpact("circ-econ").build());
    assertThat(imported.result().read()).isEqualTo(1);
    assertThat(imported.result().skipped()).isEmpty();
    assertThat(imported.result().evidence().deal()).contains("gdci-2.0");
  }

  @Test
  void aNoticeIssuedAfterTheDealsTermIsImportedWithAWarning() {
    EformsImport imported = read(FOR_NS, "pin-rtl_24.xml");

    assertThat(imported.warnings()).map(Problem::toString).containsExactly(
        "pin-rtl_24.xml:75:17: BT-05(a)-notice: issued 2023-05-26, after the term of gdci-2.0"
            + " ended (2020-12-31); check does not count its trajectories, and with --as-of"
            + " 2023-05-26 or later reports them as DATA-OUT-OF-TERM");
  }

  @Test
  void lotsForClimateMitigationOnlyAreSkippedWithTheirCodes() {
    ImportResult result = read(FOR_NS, "cn_24_maximal.xml").result();

    assertThat(result.evidence().trajectories()).isEmpty();
    assertThat(result.read()).as("two lots; the group of lots GLO-0001 is no lot").isEqualTo(2);
    assertThat(result.skipped()).containsExactly(
        new Skipped("cn_24_maximal.xml: lot LOT-0001",
            "no circular-economy objective; BT-774: clim-mitig"),
        new Skipped("cn_24_maximal.xml: lot LOT-0002",
            "no circular-economy objective; BT-774: clim-mitig"));
  }

  @Test
  void aLotForBiodiversityIsSkippedWithEachOfItsCodes() {
    ImportResult result = read(FOR_NS, "cn-social_25.xml").result();

    assertThat(result.evidence().trajectories()).isEmpty();
    assertThat(result.skipped()).containsExactly(new Skipped("cn-social_25.xml: lot LOT-0001",
        "no circular-economy objective; BT-774: biodiv-eco, other"));
  }

  @Test
  void aBuyerWhoseNameIsADealPartyNeedsNoParty() {
    EformsImport imported = read(BY_BUYER, "several-lots.xml");

    String notice = "4f1c2a9e-0b7d-4e55-9a1e-6c0e2d1f3a01";
    assertThat(imported.result().evidence().trajectories()).containsExactly(
        ImmutableTrajectory.builder().id(notice + "/LOT-0001").party("gemeente-utrecht")
            .title("Circulair kantoormeubilair").kind(TrajectoryKind.NEW)
            .started(LocalDate.of(2024, 1, 15)).category("FURNITURE")
            .valueEur(new BigDecimal("250000.00")).notice(notice)
            .addStrategicProcurement("env-imp")
            .addEnvironmentalImpact("circ-econ", "clim-mitig")
            .addGppCriteria("eu", "national").build());
  }

  @Test
  void onlyTheLotWithTheCircularEconomyIsImportedTheOthersAreSkippedWithTheirReason() {
    ImportResult result = read(BY_BUYER, "several-lots.xml").result();

    assertThat(result.read()).isEqualTo(3);
    assertThat(result.imported()).isEqualTo(1);
    assertThat(result.skipped()).containsExactly(
        new Skipped("several-lots.xml: lot LOT-0002",
            "no circular-economy objective; BT-774: clim-mitig"),
        new Skipped("several-lots.xml: lot LOT-0003", "no green-procurement codes (BT-774)"));
  }

  @Test
  void theGivenPartyIsCreditedWhateverTheBuyer() {
    Trajectory trajectory = read(FOR_NS, "several-lots.xml").result().evidence()
        .trajectories().get(0);

    assertThat(trajectory.party()).isEqualTo("ns");
  }

  @Test
  void aValueInAnotherCurrencyIsLeftOutWithALocatedWarning() {
    EformsImport imported = read(BY_BUYER, "non-euro.xml");

    Trajectory trajectory = imported.result().evidence().trajectories().get(0);
    assertThat(trajectory.valueEur()).isEmpty();
    assertThat(imported.warnings()).map(Problem::toString).contains(
        "non-euro.xml:76:62: BT-27-Lot: lot LOT-0001: estimated value 120000 USD is not in euros;"
            + " valueEur left out");
  }

  @Test
  void aLotWithoutATitleTakesTheProceduresAndItsCategoryComesFromTheLotsCpv() {
    Trajectory trajectory = read(BY_BUYER, "non-euro.xml").result().evidence()
        .trajectories().get(0);

    assertThat(trajectory.title()).isEqualTo("Circulaire bedrijfskleding");
    assertThat(trajectory.category()).contains("WORKWEAR");
    assertThat(trajectory.party()).isEqualTo("ns");
    assertThat(trajectory.strategicProcurement()).containsExactly("env-imp");
  }

  @Test
  void aBuyerThatIsNoPartyOfTheDealIsALocatedProblem() {
    assertThat(problems(() -> read(BY_BUYER, "unknown-buyer.xml"))).containsExactly(
        "unknown-buyer.xml:20:46: buyer: \"Gemeente Voorbeeldstad\" is no party of gdci-2.0;"
            + " give --party ID");
  }

  @Test
  void aBuyerThatIsNoPartyIsNoProblemWithAParty() {
    ImportResult result = read(FOR_NS, "unknown-buyer.xml").result();

    assertThat(result.evidence().trajectories()).extracting(Trajectory::party)
        .containsExactly("ns");
  }

  @Test
  void theBuyerOfANoticeWithoutACircularLotDoesNotMatter() {
    ImportResult result = read(BY_BUYER, "cn_24_maximal.xml").result();

    assertThat(result.imported()).isZero();
    assertThat(result.skipped()).hasSize(2);
  }

  @Test
  void inAJointProcurementTheFirstBuyerThatIsAPartyIsCredited() {
    String joint = text("several-lots.xml").replace("<cac:ContractingParty>",
        "<cac:ContractingParty><cac:Party><cac:PartyIdentification>"
            + "<cbc:ID schemeName=\"organization\">ORG-0001</cbc:ID>"
            + "</cac:PartyIdentification></cac:Party></cac:ContractingParty>"
            + "<cac:ContractingParty>");

    EformsImport imported = read(BY_BUYER, "joint.xml", joint);

    assertThat(imported.result().evidence().trajectories()).extracting(Trajectory::party)
        .containsExactly("gemeente-utrecht");
    assertThat(imported.warnings()).noneMatch(w -> w.field().equals("buyer"));
  }

  @Test
  void aJointProcurementOfTwoPartiesIsCreditedToTheFirstWithAWarning() {
    String joint = text("several-lots.xml")
        .replace("Rechtbank Midden-Nederland", "Provincie Utrecht")
        .replace("<cac:ContractingParty>",
            "<cac:ContractingParty><cac:Party><cac:PartyIdentification>"
                + "<cbc:ID schemeName=\"organization\">ORG-0001</cbc:ID>"
                + "</cac:PartyIdentification></cac:Party></cac:ContractingParty>"
                + "<cac:ContractingParty>");

    EformsImport imported = read(BY_BUYER, "joint.xml", joint);

    assertThat(imported.result().evidence().trajectories()).extracting(Trajectory::party)
        .containsExactly("provincie-utrecht");
    assertThat(imported.warnings()).filteredOn(w -> w.field().equals("buyer"))
        .map(Problem::message).containsExactly("joint procurement by the parties"
            + " provincie-utrecht, gemeente-utrecht; the trajectories are credited to"
            + " provincie-utrecht only; give --party ID to choose");
  }

  @Test
  void aBuyerThatNamesNoDescribedOrganisationIsALocatedProblem() {
    String broken = text("several-lots.xml").replace(
        "<cbc:ID schemeName=\"organization\">ORG-0002</cbc:ID>\n      </cac:PartyIdentification>\n"
            + "    </cac:Party>",
        "<cbc:ID schemeName=\"organization\">ORG-0009</cbc:ID>\n      </cac:PartyIdentification>\n"
            + "    </cac:Party>");

    assertThat(problems(() -> read(BY_BUYER, "broken.xml", broken))).containsExactly(
        "broken.xml:60:43: buyer: the buyer is organisation ORG-0009, which efac:Organizations"
            + " does not describe; expected an efac:Company with that"
            + " cac:PartyIdentification/cbc:ID");
  }

  @Test
  void aNoticeWithoutABuyerNeedsAParty() {
    String noBuyer = text("several-lots.xml").replaceAll("(?s)<cac:ContractingParty>.*"
        + "</cac:ContractingParty>", "");

    assertThat(problems(() -> read(BY_BUYER, "no-buyer.xml", noBuyer))).singleElement()
        .asString().contains("buyer: the notice names no buyer").endsWith("give --party ID");
    assertThat(read(FOR_NS, "no-buyer.xml", noBuyer).result().imported()).isOne();
  }

  @Test
  void theCreditedPartyMustBeOneOfTheDeal() {
    assertThatThrownBy(() -> BY_BUYER.creditingTo(PartyId.of("gemeente-voorbeeldstad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gemeente-voorbeeldstad is no party of gdci-2.0");
  }

  @Test
  void aUnitOfTheNationalGovernmentMayBeCredited() {
    ImportResult result = read(BY_BUYER.creditingTo(PartyId.of("rws")), "several-lots.xml")
        .result();

    assertThat(result.evidence().trajectories()).extracting(Trajectory::party)
        .containsExactly("rws");
  }

  @Test
  void severalFilesAddUpAndKeepTheirOrder() {
    EformsImport imported = FOR_NS.read(List.of(path("pin-rtl_24.xml"),
        path("cn_24_maximal.xml"), path("several-lots.xml"), path("cn-social_25.xml")));

    ImportResult result = imported.result();
    assertThat(result.read()).isEqualTo(1 + 2 + 3 + 1);
    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.skipped()).hasSize(5);
    assertThat(result.evidence().trajectories()).extracting(t -> t.id().orElseThrow())
        .containsExactly("af25aa4e-6ced-438b-bf19-4458c2cd2c10/LOT-0001",
            "4f1c2a9e-0b7d-4e55-9a1e-6c0e2d1f3a01/LOT-0001");
  }

  @Test
  void theSameNoticeReadTwiceIsImportedOnce() {
    EformsImport imported = FOR_NS.read(List.of(path("several-lots.xml"),
        path("several-lots.xml")));

    assertThat(imported.result().imported()).isOne();
    assertThat(imported.result().skipped()).hasSize(2 + 3);
    assertThat(imported.result().skipped().get(4).reason())
        .startsWith("notice 4f1c2a9e-0b7d-4e55-9a1e-6c0e2d1f3a01 was read already, from ");
  }

  @Test
  void oneRefusedFileRefusesTheWholeImportNamingEveryProblem() {
    List<String> problems = problems(() -> BY_BUYER.read(List.of(path("several-lots.xml"),
        path("unknown-buyer.xml"), path("truncated.xml"))));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith(path("unknown-buyer.xml") + ":20:46: buyer: ");
    assertThat(problems.get(1)).startsWith(path("truncated.xml") + ":");
  }

  @Test
  void aMissingFileIsAProblemOfItsOwn() {
    assertThat(problems(() -> FOR_NS.read(List.of(path("several-lots.xml"),
        path("several-lots.xml").resolveSibling("missing.xml")))))
        .containsExactly(path("several-lots.xml").resolveSibling("missing.xml") + ": no such file");
  }

  @Test
  void theNoticeNeedsItsIdAndAnIssueDate() {
    String broken = text("several-lots.xml")
        .replace("schemeName=\"notice-id\"", "schemeName=\"other\"")
        .replace("2024-01-15+01:00", "15-01-2024");

    assertThat(problems(() -> read(FOR_NS, "broken.xml", broken))).containsExactly(
        "broken.xml:9:90: BT-701-notice: no notice identifier; expected cbc:ID"
            + " schemeName=\"notice-id\" with the notice's UUID",
        "broken.xml:48:18: BT-05(a)-notice: not a date: \"15-01-2024\"; expected YYYY-MM-DD"
            + " with an optional time zone, such as 2023-05-26Z");
  }

  @Test
  void anEstimatedValueThatIsNoAmountIsALocatedProblem() {
    String broken = text("several-lots.xml").replace(">250000.00<", ">250.000,00<");

    assertThat(problems(() -> read(FOR_NS, "broken.xml", broken))).containsExactly(
        "broken.xml:119:62: BT-27-Lot: lot LOT-0001: estimated value \"250.000,00\" is not an"
            + " amount; expected a decimal number such as 250000.00");
  }

  @Test
  void aLotThatAppearsTwiceIsALocatedProblem() {
    String broken = text("several-lots.xml").replace(">LOT-0003<", ">LOT-0001<");

    assertThat(problems(() -> read(FOR_NS, "broken.xml", broken))).singleElement().asString()
        .contains(": BT-137-Lot: lot LOT-0001 appears twice");
  }

  @Test
  void partsOfAPriorInformationNoticeAreSkipped() {
    String parts = text("unknown-buyer.xml").replace("schemeName=\"Lot\">LOT-0001",
        "schemeName=\"Part\">PAR-0001");

    ImportResult result = read(BY_BUYER, "parts.xml", parts).result();

    assertThat(result.imported()).isZero();
    assertThat(result.skipped()).singleElement()
        .isEqualTo(new Skipped("parts.xml: part PAR-0001", "a part of a prior information"
            + " notice for information only, not a lot; eForms gives parts no"
            + " green-procurement codes (BT-774)"));
  }

  @Test
  void theMaximalContractNoticeMapsEveryFieldOfACircularLot() {
    String circular = text("cn_24_maximal.xml")
        .replace("Financial Adinistration for ...", "Gemeente Utrecht")
        .replaceFirst("environmental-impact\">clim-mitig<", "environmental-impact\">circ-econ<");

    EformsImport imported = read(BY_BUYER, "maximal.xml", circular);

    String notice = "14549263-b47b-4e59-96a1-2d0d13e19343";
    assertThat(imported.result().evidence().trajectories()).containsExactly(
        ImmutableTrajectory.builder().id(notice + "/LOT-0001").party("gemeente-utrecht")
            .title("Title ---").kind(TrajectoryKind.NEW).started(LocalDate.of(2023, 3, 23))
            .category("PUBLIC_ADMINISTRATION").valueEur(new BigDecimal("9999999.99"))
            .notice(notice).addStrategicProcurement("env-imp")
            .addEnvironmentalImpact("circ-econ").build());
    assertThat(imported.result().skipped()).extracting(Skipped::item)
        .containsExactly("maximal.xml: lot LOT-0002");
  }

  @Test
  void theBuyersServiceProviderIsNoBuyer() {
    String provider = text("cn_24_maximal.xml")
        .replace(">eSendCorp<", ">Gemeente Utrecht<")
        .replaceFirst("environmental-impact\">clim-mitig<", "environmental-impact\">circ-econ<");

    assertThat(problems(() -> read(BY_BUYER, "maximal.xml", provider))).containsExactly(
        "maximal.xml:30:37: buyer: \"Financial Adinistration for ...\" is no party of gdci-2.0;"
            + " give --party ID");
  }

  @Test
  void aNoticeIssuedInTheTermHasNoWarning() {
    String inTerm = text("several-lots.xml").replace("2024-01-15+01:00", "2019-03-01+01:00");

    EformsImport imported = read(BY_BUYER, "in-term.xml", inTerm);

    assertThat(imported.warnings()).isEmpty();
    assertThat(imported.result().evidence().trajectories().get(0).started())
        .isEqualTo(LocalDate.of(2019, 3, 1));
  }

  @Test
  void aNoticeIssuedBeforeTheTermIsImportedWithAWarning() {
    String early = text("several-lots.xml").replace("2024-01-15+01:00", "2017-12-01");

    assertThat(read(BY_BUYER, "early.xml", early).warnings()).map(Problem::message)
        .containsExactly("issued 2017-12-01, before the term of gdci-2.0 began (2018-06-07);"
            + " check reports its trajectories as DATA-OUT-OF-TERM and does not count them");
  }

  @Test
  void aNoticeWithoutLotsIsListedAsSkipped() {
    String noLots = text("several-lots.xml").replaceAll("(?s)<cac:ProcurementProjectLot>.*"
        + "</cac:ProcurementProjectLot>", "");

    ImportResult result = read(BY_BUYER, "no-lots.xml", noLots).result();

    assertThat(result.skipped()).containsExactly(new Skipped(
        "no-lots.xml: notice 4f1c2a9e-0b7d-4e55-9a1e-6c0e2d1f3a01",
        "no lots (cac:ProcurementProjectLot with cbc:ID schemeName=\"Lot\")"));
    assertThat(result.read()).isOne();
  }

  @Test
  void importedTrajectoriesWriteAndReadBackEqual() {
    Evidence evidence = FOR_NS.read(List.of(path("pin-rtl_24.xml"), path("several-lots.xml"),
        path("non-euro.xml"))).result().evidence();

    assertThat(EvidenceFiles.read("out.yaml", EvidenceFiles.toYaml(evidence))).isEqualTo(evidence);
    assertThat(EvidenceFiles.read("out.json", EvidenceFiles.toJson(evidence))).isEqualTo(evidence);
  }
}
