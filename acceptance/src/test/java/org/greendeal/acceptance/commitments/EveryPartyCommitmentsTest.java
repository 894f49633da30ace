package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.acceptance.commitments.Gdci.data;
import static org.greendeal.acceptance.commitments.Gdci.dataFinding;
import static org.greendeal.acceptance.commitments.Gdci.dataFindings;
import static org.greendeal.acceptance.commitments.Gdci.finding;
import static org.greendeal.acceptance.commitments.Gdci.id;
import static org.greendeal.acceptance.commitments.Gdci.judge;
import static org.greendeal.acceptance.commitments.Gdci.line;
import static org.greendeal.rules.Severity.ERROR;
import static org.greendeal.rules.Severity.INFO;
import static org.greendeal.rules.Severity.WARNING;
import static org.greendeal.rules.Status.NO_EVIDENCE;
import static org.greendeal.rules.Status.REPORTED;
import static org.greendeal.rules.Status.RESPECTED;
import static org.greendeal.rules.Status.VIOLATED;

import org.greendeal.rules.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * The commitments that bind every party (P-1 to P-4, D-1), each met and not met from an evidence
 * file, with the edges every commitment shares: the term's boundaries, the as-of date, a late
 * joiner, parties named by name, and an unknown party.
 */
class EveryPartyCommitmentsTest {

  // ---- P-1: support the trajectories by sharing knowledge and experience (effort record) ----

  @Test
  void partyWithAnEffortRecordForP1MeetsP1() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2019-04-10, description: "Shared its furniture tender documents with two participants"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(REPORTED, INFO).evidence(line(2));
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void partyWhoseOnlyEffortRecordNamesP3DoesNotMeetP1() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-3, date: 2019-04-10, description: "Board briefing on circular procurement"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-3", "gemeente-utrecht").is(REPORTED, INFO).evidence(line(2));
  }

  // ---- the term's boundaries and the as-of date, shown on P-1 ----

  @Test
  void effortRecordsOnTheFirstAndLastDayOfTheTermMeetP1() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2018-06-07, description: "Kick-off knowledge session"}
          - {party: nevi, commitment: P-1, date: 2020-12-31, description: "Closing knowledge session"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(REPORTED, INFO).evidence(line(2));
    finding(e, "P-1", "nevi").is(REPORTED, INFO).evidence(line(3));
    assertThat(data(e, "DATA-OUT-OF-TERM")).isEmpty();
  }

  @Test
  void effortRecordTheDayBeforeSigningIsOutOfTermAndDoesNotMeetP1() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2018-06-06, description: "Preparatory session"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(NO_EVIDENCE, WARNING).noEvidence();
    dataFinding(e, "DATA-OUT-OF-TERM", line(2)).isData(WARNING).party("gemeente-utrecht");
  }

  @Test
  void effortRecordTheDayAfterTheTermIsOutOfTermWhenJudgedAfterIt() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2021-01-01, description: "Follow-up session"}
        """, "2021-06-30");
    finding(e, "P-1", "gemeente-utrecht").is(NO_EVIDENCE, WARNING).noEvidence();
    dataFinding(e, "DATA-OUT-OF-TERM", line(2)).isData(WARNING).party("gemeente-utrecht");
  }

  @Test
  void effortRecordAfterTheAsOfDateIsNeitherCountedNorReportedForP1() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2019-09-01, description: "Shared tender documents"}
          - {party: nevi, commitment: P-1, date: 2021-03-01, description: "After the term and after the as-of date"}
        """, "2019-06-30");
    finding(e, "P-1", "gemeente-utrecht").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-1", "nevi").is(NO_EVIDENCE, WARNING).noEvidence();
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void effortRecordAfterTheTermIsNotReportedWhenJudgedAtTheTermsEnd() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2021-01-01, description: "Follow-up session"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(NO_EVIDENCE, WARNING).noEvidence();
    assertThat(dataFindings(e)).isEmpty();
  }

  // ---- a late joiner, shown on P-1 and P-4 ----

  @Test
  void lateJoinerIsJudgedFromItsJoiningDateAndEarlierRecordsAreOutOfTerm() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
        efforts:
          - {party: gemeente-amsterdam, commitment: P-1, date: 2019-01-15, description: "Before joining"}
          - {party: gemeente-amsterdam, commitment: P-4, date: 2019-03-01, description: "On the joining day"}
        """);
    finding(e, "P-1", "gemeente-amsterdam").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-4", "gemeente-amsterdam").is(REPORTED, INFO).evidence(line(5));
    dataFinding(e, "DATA-OUT-OF-TERM", line(4)).isData(WARNING).party("gemeente-amsterdam");
    assertThat(data(e, "DATA-UNKNOWN-PARTY")).isEmpty();
  }

  // ---- parties named by name, and an unknown party ----

  @Test
  void partiesNamedByNameWithAccentsAndCaseResolveToTheirIds() {
    Evaluation e = judge("""
        efforts:
          - {party: "Coöperatieve Rabobank", commitment: P-1, date: 2019-04-10, description: "Shared lessons"}
          - {party: "PROVINCIE UTRECHT", commitment: P-1, date: 2019-04-11, description: "Shared lessons"}
          - {party: "cooperatieve rabobank", commitment: P-4, date: 2019-04-12, description: "Explored MVI cooperation"}
          - {party: "Enexis", commitment: P-4, date: 2019-04-13, description: "Explored MVI cooperation"}
          - {party: "De Nederlandsche Bank.", commitment: P-4, date: 2019-04-14, description: "Explored MVI cooperation"}
        """);
    finding(e, "P-1", "rabobank").is(REPORTED, INFO).evidence(line(2));
    finding(e, "P-1", "provincie-utrecht").is(REPORTED, INFO).evidence(line(3));
    finding(e, "P-4", "rabobank").is(REPORTED, INFO).evidence(line(4));
    finding(e, "P-4", "enexis").is(REPORTED, INFO).evidence(line(5));
    finding(e, "P-4", "dnb").is(REPORTED, INFO).evidence(line(6));
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void recordOfAPartyTheDealDoesNotHaveIsAnUnknownPartyAndNotCounted() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-amsterdam, commitment: P-1, date: 2019-04-10, description: "Not a party (no joined entry)"}
        """);
    dataFinding(e, "DATA-UNKNOWN-PARTY", line(2)).isData(ERROR);
    assertThat(e.finding("P-1", id("gemeente-amsterdam"))).isEmpty();
    assertThat(e.findings("P-1")).hasSize(48)
        .allSatisfy(f -> assertThat(f.status()).contains(NO_EVIDENCE));
  }

  // ---- P-2: share knowledge (effort record or knowledge item) ----

  @Test
  void partyWithAKnowledgeItemMeetsP2() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k1, party: alliander, date: 2019-09-01, title: "Market consultation before a cable tender", text: "Early dialogue made take-back clauses acceptable to suppliers", factor: SUCCESS, theme: Infra, sensitivity: NONE}
        """);
    finding(e, "P-2", "alliander").is(REPORTED, INFO).counts(1, 1).evidence("k1");
  }

  @Test
  void partyWithAnEffortRecordForP2MeetsP2() {
    Evaluation e = judge("""
        efforts:
          - {party: alliander, commitment: P-2, date: 2019-10-01, description: "Presented its cable pilot to other buyers"}
        """);
    finding(e, "P-2", "alliander").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void partyWithAnotherPartysKnowledgeItemAndAP4RecordDoesNotMeetP2() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k1, party: enexis, date: 2019-09-01, title: "Market consultation before a cable tender", factor: SUCCESS, sensitivity: NONE}
        efforts:
          - {party: alliander, commitment: P-4, date: 2019-10-01, description: "Explored a joint MVI programme"}
        """);
    finding(e, "P-2", "alliander").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-2", "enexis").is(REPORTED, INFO).evidence("k1");
  }

  // ---- P-3: build (administrative) support in the own organisation (effort record) ----

  @Test
  void unitsEffortRecordMeetsP3ForItsMinistry() {
    Evaluation e = judge("""
        efforts:
          - {party: rws, commitment: P-3, date: 2019-11-20, description: "Circular procurement placed on the agenda of the board"}
        """);
    finding(e, "P-3", "ienw").is(REPORTED, INFO).evidence(line(2));
    assertThat(e.finding("P-3", id("rws"))).isEmpty();
  }

  @Test
  void anotherMinistrysEffortRecordDoesNotMeetP3() {
    Evaluation e = judge("""
        efforts:
          - {party: ezk, commitment: P-3, date: 2019-11-20, description: "Internal circular procurement week"}
        """);
    finding(e, "P-3", "ienw").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-3", "ezk").is(REPORTED, INFO).evidence(line(2));
  }

  // ---- P-4: explore further cooperation on MVI (effort record) ----

  @Test
  void partyWithAnEffortRecordForP4MeetsP4() {
    Evaluation e = judge("""
        efforts:
          - {party: nevi, commitment: P-4, date: 2020-09-15, description: "Workshop on a follow-up MVI covenant"}
        """);
    finding(e, "P-4", "nevi").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void partyWithOnlyAKnowledgeItemDoesNotMeetP4() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k7, party: nevi, date: 2020-09-15, title: "What buyers ask of an MVI follow-up", factor: SUCCESS, sensitivity: NONE}
        """);
    finding(e, "P-4", "nevi").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-2", "nevi").is(REPORTED, INFO).evidence("k7");
  }

  // ---- D-1: no competition- or privacy-sensitive information exchanged ----

  @Test
  void partyWithAnOrdinaryKnowledgeItemRespectsD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k1, party: alliander, date: 2019-09-01, title: "Market consultation before a cable tender", text: "Early dialogue made take-back clauses acceptable", factor: SUCCESS, theme: Infra, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(RESPECTED, INFO).noEvidence();
  }

  @Test
  void ordinaryTextWithDatesAndAmountsRespectsD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k1, party: alliander, date: 2019-09-01, title: "Prijs van de pilot", text: "Op 2019-05-01 kostte het € 1.500", factor: SUCCESS}
          - {id: k2, party: alliander, date: 2020-01-15, title: "Budget 2018-2020", text: "Tussen 2018-06-07 en 2020-12-31 is € 250.000,00 besteed aan 12 locaties", factor: FAILURE, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(RESPECTED, INFO).noEvidence();
    finding(e, "P-2", "alliander").is(REPORTED, INFO).counts(2, 1).evidence("k1", "k2");
  }

  @Test
  void knowledgeItemsMarkedCompetitionOrPrivacySensitiveViolateD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k2, party: alliander, date: 2019-10-01, title: "Supplier price comparison", factor: FAILURE, sensitivity: COMPETITION}
          - {id: k4, party: alliander, date: 2019-11-01, title: "Evaluation of the cable pilot", factor: FAILURE, sensitivity: PRIVACY}
          - {id: k5, party: alliander, date: 2019-12-01, title: "Lessons from the pilot", factor: SUCCESS, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(VIOLATED, ERROR).evidence("k2", "k4")
        .messagesDoNotContain("Supplier price comparison", "Evaluation of the cable pilot");
  }

  @Test
  void knowledgeItemWithAnEmailAddressViolatesD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k3, party: alliander, date: 2020-02-01, title: "Contact for the cable pilot", text: "Questions to inkoop@example.nl", factor: SUCCESS, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(VIOLATED, ERROR).evidence("k3")
        .messagesDoNotContain("inkoop@example.nl", "Contact for the cable pilot");
  }

  @Test
  void knowledgeItemWithADutchPhoneNumberViolatesD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k3, party: alliander, date: 2020-02-01, title: "Contact for the cable pilot", text: "Bel de inkoper op 06-12345678", factor: SUCCESS}
          - {id: k4, party: enexis, date: 2020-02-01, title: "Helpdesk", text: "Vragen: +31 20 123 4567", factor: SUCCESS}
        """);
    finding(e, "D-1", "alliander").is(VIOLATED, ERROR).evidence("k3").messagesDoNotContain("06-12345678");
    finding(e, "D-1", "enexis").is(VIOLATED, ERROR).evidence("k4").messagesDoNotContain("123 4567");
  }

  @Test
  void knowledgeItemWithAValidIbanViolatesD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k3, party: alliander, date: 2020-02-01, title: "Payment of the pilot", text: "Paid to NL91ABNA0417164300", factor: SUCCESS, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(VIOLATED, ERROR).evidence("k3")
        .messagesDoNotContain("NL91ABNA0417164300");
  }

  @Test
  void knowledgeItemWithAValidCitizenServiceNumberViolatesD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k3, party: alliander, date: 2020-02-01, title: "Case of the pilot", text: "Dossier van BSN 111222333", factor: FAILURE, sensitivity: NONE}
        """);
    finding(e, "D-1", "alliander").is(VIOLATED, ERROR).evidence("k3").messagesDoNotContain("111222333");
  }

  @Test
  void sensitiveKnowledgeItemOutsideTheTermIsOutOfTermAndNotJudgedForD1() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k0, party: alliander, date: 2018-06-06, title: "Supplier price comparison", factor: FAILURE, sensitivity: COMPETITION}
        """);
    finding(e, "D-1", "alliander").is(RESPECTED, INFO).noEvidence();
    dataFinding(e, "DATA-OUT-OF-TERM", "k0").isData(WARNING).party("alliander");
  }

  // ---- effort records count nothing ----

  @Test
  void commitmentsJudgedByAnEffortRecordCountNothing() {
    Evaluation e = judge("""
        efforts:
          - {party: gemeente-utrecht, commitment: P-1, date: 2019-04-10, description: "Shared tender documents"}
          - {party: gemeente-utrecht, commitment: P-2, date: 2019-04-11, description: "Webinar"}
          - {party: gemeente-utrecht, commitment: P-3, date: 2019-04-12, description: "Board briefing"}
          - {party: gemeente-utrecht, commitment: P-4, date: 2019-04-13, description: "Explored MVI cooperation"}
        """);
    finding(e, "P-1", "gemeente-utrecht").is(REPORTED, INFO).noCounts().evidence(line(2));
    finding(e, "P-2", "gemeente-utrecht").is(REPORTED, INFO).noCounts().evidence(line(3));
    finding(e, "P-3", "gemeente-utrecht").is(REPORTED, INFO).noCounts().evidence(line(4));
    finding(e, "P-4", "gemeente-utrecht").is(REPORTED, INFO).noCounts().evidence(line(5));
    finding(e, "P-1", "nevi").is(NO_EVIDENCE, WARNING).noCounts();
    finding(e, "P-3", "nevi").is(NO_EVIDENCE, WARNING).noCounts();
    finding(e, "P-4", "nevi").is(NO_EVIDENCE, WARNING).noCounts();
  }

  @Test
  void unitsSensitiveKnowledgeItemViolatesD1ForItsMinistry() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k9, party: rws, date: 2019-09-01, title: "Bid prices of the viaduct tender", factor: FAILURE, sensitivity: COMPETITION}
        """);
    finding(e, "D-1", "ienw").is(VIOLATED, ERROR).evidence("k9");
    finding(e, "D-1", "ezk").is(RESPECTED, INFO);
  }
}
