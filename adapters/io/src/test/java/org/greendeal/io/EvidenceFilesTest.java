package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greendeal.io.InputFailures.problems;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.greendeal.model.Evidence;
import org.greendeal.model.Factor;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.Role;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFilesTest {
  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(EvidenceFilesTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> evidenceProblems(String content) {
    return problems(() -> EvidenceFiles.read("evidence.yaml", content));
  }

  @Test
  void aValidEvidenceFileIsReadWithEveryRecordAndItsSource() {
    Path file = fixture("evidence/small.yaml");
    Evidence evidence = EvidenceFiles.read(file);

    assertThat(evidence.deal()).contains("small-deal");
    assertThat(evidence.joined()).singleElement().satisfies(j -> {
      assertThat(j.id().value()).isEqualTo("gemeente-amsterdam");
      assertThat(j.role()).isEqualTo(Role.PROCURING_PARTICIPANT);
      assertThat(j.date()).isEqualTo(LocalDate.of(2019, 3, 1));
    });
    Trajectory t1 = evidence.trajectories().get(0);
    assertThat(t1.id()).contains("t1");
    assertThat(t1.party()).isEqualTo("rabobank");
    assertThat(t1.kind()).isEqualTo(TrajectoryKind.NEW);
    assertThat(t1.status()).contains(TrajectoryStatus.AWARDED);
    assertThat(t1.valueEur()).contains(new BigDecimal("250000"));
    assertThat(t1.strategies()).containsExactly(Strategy.REUSE, Strategy.REFURBISH);
    assertThat(t1.source()).contains(new SourceRef(file.toString(), 5, 5));
    Trajectory t2 = evidence.trajectories().get(1);
    assertThat(t2.party()).isEqualTo("Coöperatieve Rabobank");
    assertThat(t2.valueEur()).contains(new BigDecimal("1250.50"));
    assertThat(t2.gppCriteria()).containsExactly("eu");
    assertThat(t2.source()).contains(new SourceRef(file.toString(), 7, 5));
    assertThat(evidence.contributions().get(1).amountEur()).isEqualByComparingTo("749.99");
    assertThat(evidence.workingGroups().get(0).guidedBy()).containsExactly("copper8");
    assertThat(evidence.efforts().get(0).commitment().value()).isEqualTo("P-1");
    assertThat(evidence.knowledgeItems().get(0).factor()).contains(Factor.SUCCESS);
    assertThat(evidence.invitations().get(0).outcome()).isEqualTo(InvitationOutcome.JOINED);
    assertThat(evidence.size()).isEqualTo(15);
    assertThat(evidence.records()).allSatisfy(r -> assertThat(r.source()).isPresent());
  }

  @Test
  void anUnknownEnumValueSaysWhatWasFoundAndWhatIsExpected() {
    assertThat(evidenceProblems("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Xyz, kind: NEWISH, started: 2018-09-01}
        """)).containsExactly("evidence.yaml:2:58: trajectories[0].kind: unknown value"
            + " \"NEWISH\"; expected NEW or SCALE_UP");
  }

  @Test
  void anAbsurdlyLargeNumberIsALocatedProblemNotACrash() {
    assertThat(evidenceProblems("""
        contributions:
          - {party: ns, year: 2019, amountEur: 1e999999999}
        """)).containsExactly("evidence.yaml:2:40: contributions[0].amountEur: expected an amount"
            + " in euros, found \"1e999999999\"");
  }

  @Test
  void anUnknownKeyIsAnError() {
    assertThat(evidenceProblems("""
        contributions:
          - {party: ns, year: 2019, amountEur: 100, amount: 5}
        """)).containsExactly("evidence.yaml:2:45: contributions[0].amount: unknown key"
            + " \"amount\"; expected one of party, year or amountEur");
    assertThat(evidenceProblems("trajectory: []\n")).singleElement().asString()
        .startsWith("evidence.yaml:1:1: trajectory: unknown key \"trajectory\"; expected one of"
            + " deal, joined, trajectories,");
  }

  @Test
  void aBadDateIsAnError() {
    assertThat(evidenceProblems("""
        communications:
          - {party: ns, date: 2019-13-01}
          - {party: ns, date: 2019-02-30}
          - {party: ns, date: 1 May 2019}
        """)).containsExactly(
            "evidence.yaml:2:23: communications[0].date: not a date: \"2019-13-01\";"
                + " expected YYYY-MM-DD",
            "evidence.yaml:3:23: communications[1].date: not a date: \"2019-02-30\";"
                + " expected YYYY-MM-DD",
            "evidence.yaml:4:23: communications[2].date: not a date: \"1 May 2019\";"
                + " expected YYYY-MM-DD");
  }

  @Test
  void aMissingRequiredKeyIsLocatedAtItsRecord() {
    assertThat(evidenceProblems("""
        trajectories:
          - id: t1
            title: Meubilair
            kind: NEW
        """)).containsExactly(
            "evidence.yaml:2:5: trajectories[0].party: required key is missing",
            "evidence.yaml:2:5: trajectories[0].started: required key is missing");
  }

  @Test
  void aNegativeAmountIsAnError() {
    assertThat(evidenceProblems("""
        contributions:
          - {party: ns, year: 2019, amountEur: -1500}
        trajectories:
          - {id: t1, party: ns, title: T, kind: NEW, started: 2019-01-01, valueEur: -0.01}
        """)).containsExactly(
            "evidence.yaml:2:40: contributions[0].amountEur: amount is negative: -1500;"
                + " expected 0 or more",
            "evidence.yaml:4:77: trajectories[0].valueEur: amount is negative: -0.01;"
                + " expected 0 or more");
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    assertThat(evidenceProblems("""
        contributions:
          - {party: [ns], year: "2019", amountEur: lots}
        activities: {id: a1}
        """)).containsExactly(
            "evidence.yaml:2:13: contributions[0].party: expected text, found a list",
            "evidence.yaml:2:25: contributions[0].year: expected a year such as 2019, found"
                + " \"2019\"",
            "evidence.yaml:2:44: contributions[0].amountEur: expected an amount in euros, found"
                + " \"lots\"",
            "evidence.yaml:3:13: activities: expected a list, found a map");
  }

  @Test
  void aDuplicateKeyIsAnError() {
    assertThat(evidenceProblems("""
        efforts:
          - {party: ns, commitment: P-1, date: 2019-01-01, party: nevi}
        """)).containsExactly("evidence.yaml:2:52: efforts[0].party: duplicate key \"party\";"
            + " it is already given at line 2, column 6");
  }

  @Test
  void anEffortNamesAValidCommitmentId() {
    assertThat(evidenceProblems("""
        efforts:
          - {party: ns, commitment: ip-1, date: 2019-01-01}
        """)).containsExactly("evidence.yaml:2:29: efforts[0].commitment: not a valid"
            + " commitment id: \"ip-1\"; expected upper-case letters and digits joined by"
            + " hyphens, such as IP-1");
  }

  @Test
  void aPartyListNeedsAtLeastOneParty() {
    assertThat(evidenceProblems("""
        workingGroups:
          - {id: wg, theme: ICT, guidedBy: [], started: 2019-01-01}
        """)).containsExactly("evidence.yaml:2:36: workingGroups[0].guidedBy: is empty;"
            + " expected at least one element");
  }

  @Test
  void aSinglePartyMayBeWrittenWithoutBrackets() {
    Evidence evidence = EvidenceFiles.read("e.yaml", """
        instruments:
          - {id: i1, title: Gids, kind: WORK_METHOD, developedBy: nevi, date: 2019-01-01}
        """);
    assertThat(evidence.instruments().get(0).developedBy()).containsExactly("nevi");
  }

  @Test
  void anUnknownPartyIsNotAProblemOfTheCodec() {
    Evidence evidence = EvidenceFiles.read("e.yaml",
        "publications: [{party: nobody-we-know, date: 2020-01-01, title: X}]\n");
    assertThat(evidence.publications().get(0).party()).isEqualTo("nobody-we-know");
  }

  @Test
  void aNumericPartyIdIsReadAsWritten() {
    Evidence evidence = EvidenceFiles.read("e.yaml",
        "communications: [{party: 706, date: 2019-01-01}]\n");
    assertThat(evidence.communications().get(0).party()).isEqualTo("706");
  }

  @Test
  void everyProblemOfABadFileIsListedInOrder() {
    Path file = fixture("evidence/bad.yaml");
    List<String> problems = problems(() -> EvidenceFiles.read(file));
    String f = file.toString();
    assertThat(problems).containsExactly(
        f + ":3:64: trajectories[0].kind: unknown value \"NEWISH\"; expected NEW or SCALE_UP",
        f + ":3:81: trajectories[0].started: not a date: \"2019-13-01\"; expected YYYY-MM-DD",
        f + ":5:5: contributions[0].party: required key is missing",
        f + ":5:29: contributions[0].amountEur: amount is negative: -10; expected 0 or more",
        f + ":7:66: knowledgeItems[0].sensitivity: unknown value \"SECRET\"; expected one of"
            + " NONE, COMPETITION or PRIVACY",
        f + ":8:1: barrier: unknown key \"barrier\"; expected one of deal, joined, trajectories,"
            + " contributions, policyIntegrations, appointments, workingGroups, activities,"
            + " communications, efforts, instruments, knowledgeItems, publications, invitations"
            + " or barriers");
  }

  @Test
  void theProblemsOfSeveralFilesAreCollectedBeforeAnyIsThrown() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"),
        "efforts: [{party: ns, commitment: P-1, date: 2019-01-01}]\n");
    Path bad1 = Files.writeString(dir.resolve("bad1.yaml"), "efforts: [{party: ns}]\n");
    Path bad2 = Files.writeString(dir.resolve("bad2.json"), "{\"deal\": 1, \"x\": 2}\n");
    List<String> problems = problems(() -> EvidenceFiles.read(good, bad1, bad2));
    assertThat(problems).containsExactly(
        bad1 + ":1:11: efforts[0].commitment: required key is missing",
        bad1 + ":1:11: efforts[0].date: required key is missing",
        bad2 + ":1:13: x: unknown key \"x\"; expected one of deal, joined, trajectories,"
            + " contributions, policyIntegrations, appointments, workingGroups, activities,"
            + " communications, efforts, instruments, knowledgeItems, publications, invitations"
            + " or barriers");
  }

  @Test
  void severalFilesAreConcatenated() throws IOException {
    Path a = Files.writeString(dir.resolve("a.yaml"),
        "deal: gdci-2.0\nefforts: [{party: ns, commitment: P-1, date: 2019-01-01}]\n");
    Path b = Files.writeString(dir.resolve("b.json"),
        "{\"efforts\": [{\"party\": \"nevi\", \"commitment\": \"P-2\", \"date\": \"2019-02-01\"}]}");
    Evidence evidence = EvidenceFiles.read(List.of(a, b));
    assertThat(evidence.deal()).contains("gdci-2.0");
    assertThat(evidence.efforts()).extracting(e -> e.party()).containsExactly("ns", "nevi");
    assertThat(evidence.efforts().get(1).source()).contains(new SourceRef(b.toString(), 1, 14));
  }

  @Test
  void aFileThatCannotBeReadIsRefused() throws IOException {
    Path missing = dir.resolve("missing.yaml");
    assertThat(problems(() -> EvidenceFiles.read(missing)))
        .containsExactly(missing + ": file not found");
    assertThat(problems(() -> EvidenceFiles.read("evidence.txt", "")))
        .containsExactly("evidence.txt: unknown file type; expected a file name ending in .yaml,"
            + " .yml or .json");
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "efforts:\n  - {party: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> EvidenceFiles.read(latin1))).containsExactly(latin1
        + ":2:16: not UTF-8: byte 0xE9 cannot start or continue a character; expected the file"
        + " saved as UTF-8");
  }

  @Test
  void aSyntaxErrorIsLocatedWhereTheParserFoundIt() {
    assertThat(evidenceProblems("efforts: [{party: ns\ndeal: x\n")).singleElement().asString()
        .startsWith("evidence.yaml:2:5: syntax error: ");
    assertThat(problems(() -> EvidenceFiles.read("e.json", "{\"efforts\": [1,]}")))
        .singleElement().asString().startsWith("e.json:1:16: syntax error: Unexpected character");
  }

  @Test
  void anEmptyFileHoldsNoEvidence() {
    assertThat(EvidenceFiles.read("e.yaml", "")).isEqualTo(Evidence.empty());
    assertThat(EvidenceFiles.read("e.yaml", "# nothing yet\n")).isEqualTo(Evidence.empty());
    assertThat(EvidenceFiles.read("e.json", "{}")).isEqualTo(Evidence.empty());
  }

  @Test
  void aJsonFileIsLocatedToo() {
    assertThat(problems(() -> EvidenceFiles.read("e.json", """
        {"barriers": [
          {"id": "b1", "raisedBy": "ienw", "date": "2019-04-01", "status": "DONE"}
        ]}
        """))).containsExactly("e.json:2:68: barriers[0].status: unknown value \"DONE\";"
            + " expected one of OPEN, ADDRESSED or RESOLVED");
  }

  @Test
  void writtenEvidenceReadsBackEqual() {
    Evidence evidence = EvidenceFiles.read(fixture("evidence/small.yaml"));
    Evidence fromYaml = EvidenceFiles.read("round.yaml", EvidenceFiles.toYaml(evidence));
    Evidence fromJson = EvidenceFiles.read("round.json", EvidenceFiles.toJson(evidence));
    assertThat(fromYaml).isEqualTo(evidence);
    assertThat(fromJson).isEqualTo(evidence);
  }

  @Test
  void handBuiltEvidenceWithAwkwardTextReadsBackEqual() {
    Evidence evidence = SampleEvidence.awkward();
    assertThat(EvidenceFiles.read("a.yaml", EvidenceFiles.toYaml(evidence))).isEqualTo(evidence);
    assertThat(EvidenceFiles.read("a.json", EvidenceFiles.toJson(evidence))).isEqualTo(evidence);
  }

  @Test
  void writingLeavesOutWhatIsEmptyAndWritesPlainValues() {
    String yaml = EvidenceFiles.toYaml(SampleEvidence.awkward());
    assertThat(yaml).contains("amountEur: 1500.50").contains("started: 2019-01-31")
        .doesNotContain("E+").doesNotContain("category").doesNotContain("publications");
    assertThat(EvidenceFiles.toYaml(Evidence.empty()).strip()).isEqualTo("{}");
  }

  @Test
  void theBriefsExampleMessageHasOneLine() {
    assertThatThrownBy(() -> EvidenceFiles.read("evidence.yaml", "deal: [a]\nefforts: x\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("evidence.yaml:1:7: deal: expected text, found a list\n"
            + "evidence.yaml:2:10: efforts: expected a map, found \"x\"");
  }
}
