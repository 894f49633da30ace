package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.acceptance.commitments.Gdci.dataFinding;
import static org.greendeal.acceptance.commitments.Gdci.dataFindings;
import static org.greendeal.acceptance.commitments.Gdci.finding;
import static org.greendeal.acceptance.commitments.Gdci.id;
import static org.greendeal.acceptance.commitments.Gdci.judge;
import static org.greendeal.acceptance.commitments.Gdci.line;
import static org.greendeal.rules.Severity.ERROR;
import static org.greendeal.rules.Severity.INFO;
import static org.greendeal.rules.Severity.WARNING;
import static org.greendeal.rules.Status.IN_PROGRESS;
import static org.greendeal.rules.Status.MET;
import static org.greendeal.rules.Status.NOT_MET;
import static org.greendeal.rules.Status.NO_EVIDENCE;
import static org.greendeal.rules.Status.REPORTED;

import org.greendeal.rules.Evaluation;
import org.junit.jupiter.api.Test;

/** The commitments of each knowledge partner (KP-1 to KP-4), met and not met. */
class KnowledgePartnerCommitmentsTest {

  // ---- KP-1: guide at least one thematic working group ----

  @Test
  void knowledgePartnersGuidingAWorkingGroupMeetKP1() {
    Evaluation e = judge("""
        workingGroups:
          - {id: wg-ict, theme: ICT, guidedBy: [copper8, circular-iq], members: [ns, alliander], started: 2018-10-01}
        """);
    finding(e, "KP-1", "copper8").is(MET, INFO).counts(1, 1).evidence("wg-ict");
    finding(e, "KP-1", "circular-iq").is(MET, INFO).counts(1, 1).evidence("wg-ict");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void knowledgePartnerThatIsOnlyAMemberDoesNotMeetKP1() {
    Evaluation e = judge("""
        workingGroups:
          - {id: wg-furniture, theme: Kantoormeubilair, guidedBy: [rendemint], members: [turntoo, gispen, provincie-utrecht], started: 2019-02-01}
        """);
    finding(e, "KP-1", "turntoo").is(NOT_MET, ERROR).counts(0, 1).noEvidence();
    finding(e, "KP-1", "rendemint").is(MET, INFO).counts(1, 1).evidence("wg-furniture");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void knowledgePartnerThatGuidesNoGroupBeforeTheDueDateIsInProgressOnKP1() {
    Evaluation e = judge("""
        workingGroups:
          - {id: wg-furniture, theme: Kantoormeubilair, guidedBy: [rendemint], members: [turntoo], started: 2019-02-01}
        """, "2019-12-31");
    finding(e, "KP-1", "turntoo").is(IN_PROGRESS, INFO).counts(0, 1);
  }

  @Test
  void procuringParticipantAsGuideIsARoleMismatch() {
    Evaluation e = judge("""
        workingGroups:
          - {id: wg-gww, theme: GWW, guidedBy: [prorail, antea], started: 2019-02-01}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", "wg-gww").isData(WARNING).party("prorail");
    finding(e, "KP-1", "antea").is(MET, INFO).counts(1, 1).evidence("wg-gww");
  }

  // ---- KP-2: share knowledge, above all on scaling up (effort record or knowledge item) ----

  @Test
  void knowledgePartnerWithAnEffortRecordForKP2MeetsKP2() {
    Evaluation e = judge("""
        efforts:
          - {party: circular-iq, commitment: KP-2, date: 2020-01-22, description: "Webinar: from one circular pilot to a framework contract"}
        """);
    finding(e, "KP-2", "circular-iq").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void knowledgePartnerWithAKnowledgeItemMeetsKP2() {
    Evaluation e = judge("""
        knowledgeItems:
          - {id: k8, party: circular-iq, date: 2020-03-01, title: "Why scale-ups stall", factor: FAILURE, theme: Opschaling}
        """);
    finding(e, "KP-2", "circular-iq").is(REPORTED, INFO).counts(1, 1).evidence("k8");
  }

  @Test
  void knowledgePartnerWhoseRecordNamesP2DoesNotMeetKP2() {
    Evaluation e = judge("""
        efforts:
          - {party: circular-iq, commitment: P-2, date: 2020-01-22, description: "Webinar on circular procurement"}
        """);
    finding(e, "KP-2", "circular-iq").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "P-2", "circular-iq").is(REPORTED, INFO).evidence(line(2));
  }

  // ---- KP-3: take part in discussions and research (effort record) ----

  @Test
  void knowledgePartnerWithAnEffortRecordForKP3MeetsKP3() {
    Evaluation e = judge("""
        efforts:
          - {party: copper8, commitment: KP-3, date: 2019-02-01, description: "Study of take-back clauses in eight circular tenders"}
        """);
    finding(e, "KP-3", "copper8").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void knowledgePartnerThatOnlyAttendedAnActivityDoesNotMeetKP3() {
    Evaluation e = judge("""
        activities:
          - {id: a4, date: 2019-10-10, title: Rondetafel opschaling, organisedBy: [mvo-nederland], attendees: [copper8, prorail]}
        """);
    finding(e, "KP-3", "copper8").is(NO_EVIDENCE, WARNING).noEvidence();
  }

  @Test
  void procuringParticipantsEffortRecordNamingKP3IsARoleMismatch() {
    Evaluation e = judge("""
        efforts:
          - {party: ns, commitment: KP-3, date: 2019-02-01, description: "Took part in a research round table"}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("ns");
    assertThat(e.finding("KP-3", id("ns"))).isEmpty();
    assertThat(e.findings("KP-3")).hasSize(12)
        .allSatisfy(f -> assertThat(f.status()).contains(NO_EVIDENCE));
  }

  // ---- KP-4: contribute to work methods and instruments (an instrument it contributed to) ----

  @Test
  void knowledgePartnerThatContributedToInstrumentsMeetsKP4() {
    Evaluation e = judge("""
        instruments:
          - {id: i1, title: Circular tender guide, kind: PROCUREMENT_INSTRUMENT, developedBy: [nevi], contributors: [copper8], date: 2019-06-01}
          - {id: i2, title: Werkmethode marktconsultatie, kind: WORK_METHOD, developedBy: [mvo-nederland], contributors: [copper8, kub], date: 2020-02-01}
        """);
    finding(e, "KP-4", "copper8").is(REPORTED, INFO).counts(2, 1).evidence("i1", "i2");
    finding(e, "KP-4", "kub").is(REPORTED, INFO).counts(1, 1).evidence("i2");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void knowledgePartnerNamedAsDeveloperDoesNotMeetKP4() {
    Evaluation e = judge("""
        instruments:
          - {id: i3, title: Circulaire GWW-criteria, kind: PROCUREMENT_INSTRUMENT, developedBy: [nevi, antea], date: 2019-09-01}
        """);
    finding(e, "KP-4", "antea").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
    dataFinding(e, "DATA-ROLE-MISMATCH", "i3").isData(WARNING).party("antea");
  }

  // ---- effort records count nothing ----

  @Test
  void knowledgePartnerCommitmentsJudgedByAnEffortRecordCountNothing() {
    Evaluation e = judge("""
        efforts:
          - {party: copper8, commitment: KP-2, date: 2019-02-01, description: "Webinar on scaling up"}
          - {party: copper8, commitment: KP-3, date: 2019-02-02, description: "Study of take-back clauses"}
        """);
    finding(e, "KP-2", "copper8").is(REPORTED, INFO).noCounts().evidence(line(2));
    finding(e, "KP-3", "copper8").is(REPORTED, INFO).noCounts().evidence(line(3));
    finding(e, "KP-3", "turntoo").is(NO_EVIDENCE, WARNING).noCounts();
  }
}
