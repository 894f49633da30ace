package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.acceptance.commitments.Gdci.dataFinding;
import static org.greendeal.acceptance.commitments.Gdci.dataFindings;
import static org.greendeal.acceptance.commitments.Gdci.finding;
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

/** The commitments of each facilitating partner (FP-1 to FP-6), met and not met. */
class FacilitatingPartnerCommitmentsTest {

  // ---- FP-1: appoint at least one project-team member ----

  @Test
  void facilitatingPartnerThatAppointedMembersMeetsFP1() {
    Evaluation e = judge("""
        appointments:
          - {party: mvo-nederland, member: programme manager, from: 2018-06-07}
          - {party: mvo-nederland, member: community manager, from: 2019-01-15}
        """);
    finding(e, "FP-1", "mvo-nederland").is(MET, INFO).counts(2, 1).evidence(line(2), line(3));
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void facilitatingPartnerThatAppointedNobodyDoesNotMeetFP1() {
    Evaluation e = judge("""
        appointments:
          - {party: mvo-nederland, member: programme manager, from: 2018-06-07}
        """);
    finding(e, "FP-1", "nevi").is(NOT_MET, ERROR).counts(0, 1).noEvidence();
  }

  @Test
  void facilitatingPartnerThatAppointedNobodyBeforeTheDueDateIsInProgressOnFP1() {
    Evaluation e = judge("""
        appointments:
          - {party: mvo-nederland, member: programme manager, from: 2018-06-07}
        """, "2019-12-31");
    finding(e, "FP-1", "nevi").is(IN_PROGRESS, INFO).counts(0, 1);
    finding(e, "FP-1", "mvo-nederland").is(MET, INFO).counts(1, 1).evidence(line(2));
  }

  @Test
  void appointmentCarriedOverFromBeforeSigningIsOutOfTermAndDoesNotMeetFP1() {
    Evaluation e = judge("""
        appointments:
          - {party: nevi, member: programme manager, from: 2018-06-06}
        """);
    finding(e, "FP-1", "nevi").is(NOT_MET, ERROR).counts(0, 1).noEvidence();
    dataFinding(e, "DATA-OUT-OF-TERM", line(2)).isData(WARNING).party("nevi");
  }

  @Test
  void procuringParticipantsAppointmentIsARoleMismatch() {
    Evaluation e = judge("""
        appointments:
          - {party: provincie-utrecht, member: senior buyer, from: 2019-01-15}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("provincie-utrecht");
  }

  // ---- FP-2: organise knowledge exchange (an activity it organised) ----

  @Test
  void facilitatingPartnerThatOrganisedActivitiesMeetsFP2() {
    Evaluation e = judge("""
        activities:
          - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland, nevi], attendees: [ns, prorail]}
          - {id: a2, date: 2019-06-20, title: Werkgroep ICT, organisedBy: [nevi], attendees: [prorail]}
        """);
    finding(e, "FP-2", "nevi").is(REPORTED, INFO).counts(2, 1).evidence("a1", "a2");
    finding(e, "FP-2", "mvo-nederland").is(REPORTED, INFO).counts(1, 1).evidence("a1");
  }

  @Test
  void facilitatingPartnerThatOnlyAttendedDoesNotMeetFP2() {
    Evaluation e = judge("""
        activities:
          - {id: a2, date: 2019-06-20, title: Werkgroep ICT, organisedBy: [nevi], attendees: [mvo-nederland, prorail]}
        """);
    finding(e, "FP-2", "mvo-nederland").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
  }

  @Test
  void knowledgePartnerAsOrganiserIsARoleMismatch() {
    Evaluation e = judge("""
        activities:
          - {id: a5, date: 2019-06-20, title: Kennissessie, organisedBy: [copper8], attendees: [prorail]}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", "a5").isData(WARNING).party("copper8");
  }

  // ---- FP-3: develop work methods and instruments (an instrument it developed) ----

  @Test
  void facilitatingPartnerThatDevelopedAnInstrumentMeetsFP3() {
    Evaluation e = judge("""
        instruments:
          - {id: i1, title: Circular tender guide, kind: PROCUREMENT_INSTRUMENT, developedBy: [nevi], contributors: [copper8], date: 2019-06-01}
        """);
    finding(e, "FP-3", "nevi").is(REPORTED, INFO).counts(1, 1).evidence("i1");
  }

  @Test
  void facilitatingPartnerThatOnlyContributedDoesNotMeetFP3() {
    Evaluation e = judge("""
        instruments:
          - {id: i1, title: Circular tender guide, kind: PROCUREMENT_INSTRUMENT, developedBy: [nevi], contributors: [mvo-nederland, copper8], date: 2019-06-01}
        """);
    finding(e, "FP-3", "mvo-nederland").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
    finding(e, "FP-3", "nevi").is(REPORTED, INFO).counts(1, 1).evidence("i1");
  }

  // ---- FP-4: stimulate cooperation (effort record) ----

  @Test
  void facilitatingPartnerWithAnEffortRecordForFP4MeetsFP4() {
    Evaluation e = judge("""
        efforts:
          - {party: mvo-nederland, commitment: FP-4, date: 2019-03-12, description: "Matched two participants with a regional buyers' network"}
        """);
    finding(e, "FP-4", "mvo-nederland").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void knowledgePartnersFP4RecordDoesNotMeetFP4() {
    Evaluation e = judge("""
        efforts:
          - {party: copper8, commitment: FP-4, date: 2019-03-12, description: "Brought suppliers and buyers together"}
        """);
    finding(e, "FP-4", "nevi").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "FP-4", "mvo-nederland").is(NO_EVIDENCE, WARNING);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("copper8");
  }

  // ---- FP-5: invite organisations to join (invitation) ----

  @Test
  void facilitatingPartnerThatInvitedOrganisationsMeetsFP5() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
        invitations:
          - {by: mvo-nederland, organisation: Gemeente Amsterdam, date: 2019-01-10, outcome: JOINED}
          - {by: mvo-nederland, organisation: Waterschap Vallei en Veluwe, date: 2019-02-04, outcome: DECLINED}
        """);
    finding(e, "FP-5", "mvo-nederland").is(REPORTED, INFO).counts(2, 1).evidence(line(4), line(5));
  }

  @Test
  void procuringParticipantsInvitationDoesNotMeetFP5() {
    Evaluation e = judge("""
        invitations:
          - {by: provincie-utrecht, organisation: Gemeente Amersfoort, date: 2019-05-01, outcome: PENDING}
        """);
    finding(e, "FP-5", "nevi").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
    finding(e, "FP-5", "mvo-nederland").is(NO_EVIDENCE, WARNING).counts(0, 1);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("provincie-utrecht");
  }

  // ---- FP-6: make sufficient resources available (effort record) ----

  @Test
  void facilitatingPartnerWithAnEffortRecordForFP6MeetsFP6() {
    Evaluation e = judge("""
        efforts:
          - {party: nevi, commitment: FP-6, date: 2018-09-01, description: "Budget and 0.4 FTE for the project team in 2018-2020"}
        """);
    finding(e, "FP-6", "nevi").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void facilitatingPartnerWhoseRecordNamesFP4DoesNotMeetFP6() {
    Evaluation e = judge("""
        efforts:
          - {party: nevi, commitment: FP-4, date: 2018-09-01, description: "Buyers' network meeting"}
        contributions:
          - {party: nevi, year: 2019, amountEur: 1500}
        """);
    finding(e, "FP-6", "nevi").is(NO_EVIDENCE, WARNING).noEvidence();
    finding(e, "FP-4", "nevi").is(REPORTED, INFO).evidence(line(2));
    dataFinding(e, "DATA-ROLE-MISMATCH", line(4)).isData(WARNING).party("nevi");
  }

  // ---- effort records count nothing ----

  @Test
  void facilitatingPartnerCommitmentsJudgedByAnEffortRecordCountNothing() {
    Evaluation e = judge("""
        efforts:
          - {party: mvo-nederland, commitment: FP-4, date: 2019-03-12, description: "Matched two participants"}
          - {party: mvo-nederland, commitment: FP-6, date: 2019-03-13, description: "0.4 FTE for the project team"}
        """);
    finding(e, "FP-4", "mvo-nederland").is(REPORTED, INFO).noCounts().evidence(line(2));
    finding(e, "FP-6", "mvo-nederland").is(REPORTED, INFO).noCounts().evidence(line(3));
    finding(e, "FP-4", "nevi").is(NO_EVIDENCE, WARNING).noCounts();
    finding(e, "FP-6", "nevi").is(NO_EVIDENCE, WARNING).noCounts();
  }
}
