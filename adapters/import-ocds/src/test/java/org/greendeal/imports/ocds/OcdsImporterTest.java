package org.greendeal.imports.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.imports.ocds.OcdsFixtures.DEAL;
import static org.greendeal.imports.ocds.OcdsFixtures.file;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.ImportResult;
import org.greendeal.model.Evidence;
import org.greendeal.model.PartyId;
import org.greendeal.model.Strategy;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;
import org.junit.jupiter.api.Test;

class OcdsImporterTest {
  private static final OcdsImporter IMPORTER = OcdsImporter.forDeal(DEAL);

  private static Map<String, Trajectory> byId(OcdsImport imported) {
    return imported.result().evidence().trajectories().stream()
        .collect(Collectors.toMap(t -> t.id().orElseThrow(), Function.identity()));
  }

  private static List<String> skipped(OcdsImport imported) {
    return imported.result().skipped().stream().map(ImportResult.Skipped::toString).toList();
  }

  @Test
  void aSingleReleaseGivesATrajectoryPerLotWithTheCircularEconomyGoal() {
    Path path = file("release-lots.json");
    OcdsImport imported = IMPORTER.read(List.of(path));

    Map<String, Trajectory> trajectories = byId(imported);
    assertThat(trajectories).containsOnlyKeys("ocds-gdtest-0001/LOT-1", "ocds-gdtest-0001/LOT-3");
    Trajectory lot1 = trajectories.get("ocds-gdtest-0001/LOT-1");
    assertThat(lot1.party()).isEqualTo("gemeente-utrecht");
    assertThat(lot1.title()).isEqualTo("Gebruikt kantoormeubilair");
    assertThat(lot1.kind()).isEqualTo(TrajectoryKind.NEW);
    assertThat(lot1.started()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(lot1.valueEur()).contains(new BigDecimal("250000.50"));
    assertThat(lot1.notice()).contains("ocds-gdtest-0001");
    assertThat(lot1.status()).isEmpty();
    assertThat(imported.result().read()).isEqualTo(4);
    assertThat(imported.result().imported()).isEqualTo(2);
    assertThat(imported.warnings()).isEmpty();
  }

  @Test
  void goalsBesideCircularEconomyBecomeRLadderStrategiesInTheLaddersOrder() {
    Map<String, Trajectory> trajectories = byId(IMPORTER.read(List.of(file("release-lots.json"))));
    assertThat(trajectories.get("ocds-gdtest-0001/LOT-1").strategies())
        .containsExactly(Strategy.REUSE, Strategy.RECYCLE);
    assertThat(trajectories.get("ocds-gdtest-0001/LOT-3").strategies()).isEmpty();

    Map<String, Trajectory> tenders = byId(IMPORTER.read(List.of(file("release-package.json"))));
    assertThat(tenders.get("ocds-gdtest-0010").strategies()).containsExactly(Strategy.REDUCE);
  }

  @Test
  void goalsAndStrategiesAlsoGiveTheEformsCodesOfTheOcdsEformsMapping() {
    Trajectory lot1 = byId(IMPORTER.read(List.of(file("release-lots.json"))))
        .get("ocds-gdtest-0001/LOT-1");
    assertThat(lot1.environmentalImpact()).containsExactly("circ-econ");
    assertThat(lot1.strategicProcurement()).containsExactly("env-imp");
    assertThat(lot1.gppCriteria()).containsExactly("national");

    Trajectory tender = byId(IMPORTER.read(List.of(file("release-package.json"))))
        .get("ocds-gdtest-0010");
    assertThat(tender.gppCriteria()).containsExactly("eu");
  }

  @Test
  void aLotWithoutSustainabilityOfItsOwnFollowsTheTendersCircularGoal() {
    Trajectory lot3 = byId(IMPORTER.read(List.of(file("release-lots.json"))))
        .get("ocds-gdtest-0001/LOT-3");
    assertThat(lot3.title()).isEqualTo("Vloerbedekking");
    assertThat(lot3.valueEur()).contains(new BigDecimal("300000"));
    assertThat(lot3.started()).isEqualTo(LocalDate.of(2019, 4, 1));
  }

  @Test
  void aLotsOwnSustainabilityGovernsItEvenWhenTheTenderIsCircular() {
    List<String> skipped = skipped(IMPORTER.read(List.of(file("release-lots.json"))));
    String file = file("release-lots.json").toString();
    assertThat(skipped).containsExactly(
        file + ": ocds-gdtest-0001/LOT-2: skipped: no sustainability goal "
            + "environmental.circularEconomy; goals: social.disadvantagedEmploymentOpportunities"
            + " (the lot's own, which govern it instead of the tender's)",
        file + ": ocds-gdtest-0001/LOT-4: skipped: no sustainability goal "
            + "environmental.circularEconomy; goals: none"
            + " (the lot's own, which govern it instead of the tender's)");
  }

  @Test
  void aReleasePackageGivesATenderLevelTrajectoryAndSkipsTheRestWithReasons() {
    Path path = file("release-package.json");
    OcdsImport imported = IMPORTER.read(List.of(path));

    Map<String, Trajectory> trajectories = byId(imported);
    assertThat(trajectories).containsOnlyKeys("ocds-gdtest-0010");
    Trajectory tender = trajectories.get("ocds-gdtest-0010");
    assertThat(tender.title()).isEqualTo("Circulaire wegverharding");
    assertThat(tender.started()).isEqualTo(LocalDate.of(2019, 2, 15));
    assertThat(tender.valueEur()).contains(new BigDecimal("1200000"));
    assertThat(skipped(imported)).containsExactly(
        path + ": ocds-gdtest-0010 (release ocds-gdtest-0010-planning): skipped: no tender in"
            + " this release",
        path + ": ocds-gdtest-0011: skipped: no sustainability goal environmental.circularEconomy;"
            + " goals: social.smeInclusion",
        path + ": ocds-gdtest-0012: skipped: no sustainability goal environmental.circularEconomy;"
            + " goals: none");
    assertThat(imported.result().read()).isEqualTo(4);
  }

  @Test
  void theBuyerIsFoundByTheNameOrLegalNameOfThePartyItRefersTo() {
    Trajectory tender = byId(IMPORTER.read(List.of(file("release-package.json"))))
        .get("ocds-gdtest-0010");
    assertThat(tender.party()).isEqualTo("provincie-utrecht");
  }

  @Test
  void theBuyerIsFoundByNameIgnoringCase() {
    Trajectory lot = byId(IMPORTER.read(List.of(file("record-package.json"))))
        .get("ocds-gdtest-0020/1");
    assertThat(lot.party()).isEqualTo("gemeente-rotterdam");
  }

  @Test
  void theBuyerIsThePartyWithTheRoleBuyerWhenTheBuyerHasNoName() {
    String release = """
        {"ocid": "ocds-gdtest-0030", "id": "r1", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "parties": [{"id": "x", "name": "Somebody Else", "roles": ["supplier"]},
                     {"id": "y", "name": "Rijkswaterstaat", "roles": ["procuringEntity", "buyer"]}],
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    Trajectory t = IMPORTER.read("r.json", release).result().evidence().trajectories().get(0);
    assertThat(t.party()).isEqualTo("rws");
  }

  @Test
  void aRecordPackageUsesEachRecordsCompiledRelease() {
    Path path = file("record-package.json");
    OcdsImport imported = IMPORTER.read(List.of(path));

    Map<String, Trajectory> trajectories = byId(imported);
    assertThat(trajectories).containsOnlyKeys("ocds-gdtest-0020/1", "ocds-gdtest-0021");
    Trajectory lot = trajectories.get("ocds-gdtest-0020/1");
    assertThat(lot.title()).isEqualTo("Bureaus");
    assertThat(lot.started()).isEqualTo(LocalDate.of(2019, 9, 2));
    assertThat(lot.valueEur()).contains(new BigDecimal("80000"));
    assertThat(lot.strategies()).containsExactly(Strategy.REDUCE);
    assertThat(skipped(imported)).contains(path + ": ocds-gdtest-0020/2: skipped: no"
        + " sustainability goal environmental.circularEconomy;"
        + " goals: environmental.energyEfficiency");
  }

  @Test
  void aRecordWithOnlyReleasesUsesItsLatestReleaseWithATender() {
    Path path = file("record-package.json");
    OcdsImport imported = IMPORTER.read(List.of(path));

    assertThat(byId(imported).get("ocds-gdtest-0021").title())
        .isEqualTo("Bouwmaterialen (gewijzigd)");
    assertThat(skipped(imported)).contains(
        path + ": ocds-gdtest-0021 (release ocds-gdtest-0021-01): skipped: superseded by the"
            + " later release ocds-gdtest-0021-02 of 2020-02-01T09:00:00Z",
        path + ": ocds-gdtest-0021 (release ocds-gdtest-0021-03): skipped: no tender in this"
            + " release",
        path + ": ocds-gdtest-0022: skipped: the record has no compiledRelease and its releases"
            + " are only links (url), which hold nothing to read");
    assertThat(imported.result().read())
        .isEqualTo(imported.result().imported() + imported.result().skipped().size())
        .isEqualTo(6);
  }

  @Test
  void aLaterReleaseOfTheSameProcessSupersedesTheEarlierOneWhateverTheOrder() {
    String earlier = release("ocds-gdtest-0040", "r-1", "2019-03-01T00:00:00Z", "Eerste");
    String later = release("ocds-gdtest-0040", "r-2", "2019-04-01T00:00:00Z", "Tweede");
    OcdsImport imported =
        IMPORTER.read("a.json", "{\"releases\": [" + later + "," + earlier + "]}");
    assertThat(imported.result().evidence().trajectories()).extracting(Trajectory::title)
        .containsExactly("Tweede");
    assertThat(skipped(imported)).containsExactly("a.json: ocds-gdtest-0040 (release r-1):"
        + " skipped: superseded by the later release r-2 of 2019-04-01T00:00:00Z");
  }

  @Test
  void aValueInAnotherCurrencyIsLeftOutWithAWarning() {
    String release = """
        {"ocid": "ocds-gdtest-0050", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative", "value": {"amount": 1100000, "currency": "GBP"},
                    "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    OcdsImport imported = IMPORTER.read("gbp.json", release);
    assertThat(imported.result().evidence().trajectories().get(0).valueEur()).isEmpty();
    assertThat(imported.warnings()).extracting(OcdsWarning::toString).containsExactly(
        "gbp.json: ocds-gdtest-0050: warning: value 1100000 GBP is not in EUR; valueEur left out"
            + " (no currency is converted)");
  }

  @Test
  void aLotTakesOnlyItsOwnValueNeverTheTendersTotal() {
    String release = """
        {"ocid": "ocds-gdtest-0051", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative", "value": {"amount": 500, "currency": "EUR"},
                    "sustainability": [{"goal": "environmental.circularEconomy"}],
                    "lots": [{"id": "L1"}, {"id": "L2", "value": {"amount": 200, "currency": "EUR"}}]}}
        """;
    Map<String, Trajectory> lots = byId(IMPORTER.read("r.json", release));
    assertThat(lots.get("ocds-gdtest-0051/L1").valueEur()).isEmpty();
    assertThat(lots.get("ocds-gdtest-0051/L2").valueEur()).contains(new BigDecimal("200"));
    assertThat(lots.get("ocds-gdtest-0051/L1").title()).isEqualTo("Illustrative");
  }

  @Test
  void withoutATenderPeriodTheReleaseDateIsTheStart() {
    String release = """
        {"ocid": "ocds-gdtest-0052", "id": "r", "date": "2019-12-31T23:30:00-05:00", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """;
    Trajectory t = IMPORTER.read("r.json", release).result().evidence().trajectories().get(0);
    assertThat(t.started()).isEqualTo(LocalDate.of(2019, 12, 31));
  }

  @Test
  void subCodesOfCircularEconomyCountAsCircularEconomyAsTheOpenCodeListAllows() {
    String release = """
        {"ocid": "ocds-gdtest-0053", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative",
                    "sustainability": [{"goal": "environmental.circularEconomy.textiles"},
                                       {"goal": "environmental.recycling.closedLoop"}]}}
        """;
    Trajectory t = IMPORTER.read("r.json", release).result().evidence().trajectories().get(0);
    assertThat(t.strategies()).containsExactly(Strategy.RECYCLE);
    assertThat(t.environmentalImpact()).containsExactly("circ-econ");
  }

  @Test
  void rLadderGoalsWithoutCircularEconomyMakeNoTrajectory() {
    String release = """
        {"ocid": "ocds-gdtest-0054", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative",
                    "sustainability": [{"goal": "environmental.recycling"}, {"goal": "environmental.wasteReduction"}]}}
        """;
    OcdsImport imported = IMPORTER.read("r.json", release);
    assertThat(imported.result().imported()).isZero();
    assertThat(skipped(imported)).containsExactly("r.json: ocds-gdtest-0054: skipped: no"
        + " sustainability goal environmental.circularEconomy; goals: environmental.recycling,"
        + " environmental.wasteReduction");
  }

  @Test
  void aCircularGoalOnlyInTheDescriptionOrWithOtherCaseIsNotTheCode() {
    String release = """
        {"ocid": "ocds-gdtest-0055", "id": "r", "date": "2019-05-05T00:00:00Z", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "Illustrative",
                    "sustainability": [{"goal": "environmental.circulareconomy",
                                        "description": "environmental.circularEconomy"}]}}
        """;
    assertThat(IMPORTER.read("r.json", release).result().imported()).isZero();
  }

  @Test
  void withPartyEveryTrajectoryIsThatPartysWhateverTheBuyer() {
    OcdsImport imported = IMPORTER.withParty(PartyId.of("gemeente-utrecht"))
        .read(List.of(file("release-package.json"), file("record-package.json")));
    assertThat(imported.result().evidence().trajectories()).extracting(Trajectory::party)
        .containsOnly("gemeente-utrecht").hasSize(3);
  }

  @Test
  void theImportedEvidenceWritesAndReadsBackEqual() {
    OcdsImport imported = IMPORTER.read(List.of(file("release-lots.json"),
        file("release-package.json"), file("record-package.json")));
    Evidence evidence = imported.result().evidence();
    assertThat(evidence.trajectories()).hasSize(5);
    assertThat(EvidenceFiles.read("ev.yaml", EvidenceFiles.toYaml(evidence))).isEqualTo(evidence);
    assertThat(EvidenceFiles.read("ev.json", EvidenceFiles.toJson(evidence))).isEqualTo(evidence);
  }

  @Test
  void progressIsToldAfterEachFile() {
    List<Path> done = new ArrayList<>();
    List<Path> files = List.of(file("release-lots.json"), file("release-package.json"));
    IMPORTER.read(files, done::add);
    assertThat(done).isEqualTo(files);
  }

  @Test
  void theGenericOcdsSamplesWithoutSustainabilityAreReadAndSkipped() {
    Path release = file("third-party/sample/1.1_ocds-213czf-000-00001-02-tender.json");
    Path record = file("third-party/sample/record_ocds-213czf-000-00001.json");
    OcdsImport imported = IMPORTER.read(List.of(release, record));
    assertThat(imported.result().imported()).isZero();
    assertThat(skipped(imported)).containsExactly(
        release + ": ocds-213czf-000-00001 (release ocds-213czf-000-00001-02-tender): skipped:"
            + " superseded by the later release ocds-213czf-000-00001-2011-01-10T09:30:00Z of"
            + " 2011-01-10T09:30:00Z in " + record,
        record + ": ocds-213czf-000-00001: skipped: no sustainability goal"
            + " environmental.circularEconomy; goals: none");
  }

  @Test
  void anEmptyReleasePackageImportsNothing() {
    OcdsImport imported = IMPORTER.read("empty.json", "{\"version\": \"1.1\", \"releases\": []}");
    assertThat(imported.result().read()).isZero();
    assertThat(imported.result().imported()).isZero();
  }

  @Test
  void aByteOrderMarkIsAllowed() {
    String release = "\uFEFF" + release("ocds-gdtest-0060", "r", "2019-05-05T00:00:00Z", "Met BOM");
    assertThat(IMPORTER.read("bom.json", release).result().imported()).isOne();
  }

  static String release(String ocid, String id, String date, String title) {
    return """
        {"ocid": "%s", "id": "%s", "date": "%s", "tag": ["tender"],
         "buyer": {"name": "Gemeente Utrecht"},
         "tender": {"id": "t", "title": "%s", "sustainability": [{"goal": "environmental.circularEconomy"}]}}
        """.formatted(ocid, id, date, title);
  }
}
