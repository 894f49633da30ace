package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.acceptance.commitments.Gdci.dataFinding;
import static org.greendeal.acceptance.commitments.Gdci.dataFindings;
import static org.greendeal.acceptance.commitments.Gdci.dealWide;
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

import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.junit.jupiter.api.Test;

/** The commitments of the national government (R-1 to R-3 together, R-4 per unit), met and not met. */
class NationalGovernmentCommitmentsTest {

  // ---- a ministry's or unit's trajectory and a publication; names what is missing ----

  @Test
  void unitsTrajectoryAndAPublicationMeetR1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t-rws-1, party: rws, title: Circulaire viaducten, kind: SCALE_UP, started: 2019-02-01, status: TENDERING}
        publications:
          - {party: rvb, date: 2020-06-01, title: "Lessons from a circular office renovation", reference: "https://example.org/rvb/circulair-renoveren"}
        """);
    dealWide(e, "R-1").is(REPORTED, INFO).evidence("t-rws-1", line(4));
    assertThat(e.findings("R-1")).hasSize(1);
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void rijkswaterstaatsOwnTrajectoryAndPublicationMeetR1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t-rws-2, party: rws, title: Circulaire geleiderails, kind: NEW, started: 2018-11-01, status: CANCELLED}
        publications:
          - {party: rws, date: 2020-06-01, title: "Circulaire geleiderails: wat we leerden", reference: "https://example.org/rws/geleiderails"}
        """);
    dealWide(e, "R-1").is(REPORTED, INFO).evidence("t-rws-2", line(4));
  }

  @Test
  void trajectoryWithoutAPublicationDoesNotMeetR1AndTheMessageNamesThePublication() {
    Evaluation e = judge("""
        trajectories:
          - {id: t-rws-1, party: rws, title: Circulaire viaducten, kind: SCALE_UP, started: 2019-02-01, status: TENDERING}
        """);
    dealWide(e, "R-1").is(NO_EVIDENCE, WARNING).evidence("t-rws-1")
        .messageContains(Language.EN, "publication").messageContains(Language.NL, "publicatie");
  }

  @Test
  void publicationWithoutAGovernmentTrajectoryDoesNotMeetR1AndTheMessageNamesTheTrajectory() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: SCALE_UP, started: 2018-09-01}
        publications:
          - {party: rvb, date: 2020-06-01, title: "Lessons from a circular office renovation"}
        """);
    Finding r1 = dealWide(e, "R-1").is(NO_EVIDENCE, WARNING)
        .messageContains(Language.EN, "trajector").messageContains(Language.NL, "traject").finding;
    assertThat(r1.evidence()).doesNotContain("t1");
    assertThat(r1.message(Language.EN)).doesNotContain("missing: publication");
  }

  @Test
  void neitherTrajectoryNorPublicationDoesNotMeetR1AndTheMessageNamesBoth() {
    Evaluation e = judge("""
        publications:
          - {party: mvo-nederland, date: 2020-06-01, title: "Not a government publication"}
        """);
    dealWide(e, "R-1").is(NO_EVIDENCE, WARNING).noEvidence()
        .messageContains(Language.EN, "trajector", "publication")
        .messageContains(Language.NL, "traject", "publicatie");
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("mvo-nederland");
  }

  // ---- work on removing barriers in laws and regulations (barrier record) ----

  @Test
  void ministrysBarrierRecordMeetsR2() {
    Evaluation e = judge("""
        barriers:
          - {id: b1, raisedBy: ienw, date: 2019-04-01, description: "Waste status of reused building materials blocks tenders", status: ADDRESSED}
        """);
    dealWide(e, "R-2").is(REPORTED, INFO).counts(1, 1).evidence("b1");
  }

  @Test
  void barrierRaisedByAProcuringParticipantDoesNotMeetR2() {
    Evaluation e = judge("""
        barriers:
          - {id: b2, raisedBy: gemeente-den-haag, date: 2019-08-01, description: "Procurement rules on lot sizes", status: OPEN}
        """);
    dealWide(e, "R-2").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
    dataFinding(e, "DATA-ROLE-MISMATCH", "b2").isData(WARNING).party("gemeente-den-haag");
  }

  // ---- share knowledge with foreign learning networks (effort record) ----

  @Test
  void unitsEffortRecordForR3MeetsR3() {
    Evaluation e = judge("""
        efforts:
          - {party: rvo, commitment: R-3, date: 2019-10-08, description: "Exchange with a European public procurement network on circular ICT"}
        """);
    dealWide(e, "R-3").is(REPORTED, INFO).evidence(line(2));
  }

  @Test
  void facilitatingPartnersR3RecordDoesNotMeetR3() {
    Evaluation e = judge("""
        efforts:
          - {party: mvo-nederland, commitment: R-3, date: 2019-10-08, description: "Presented the deal at a foreign network"}
        """);
    dealWide(e, "R-3").is(NO_EVIDENCE, WARNING).noEvidence();
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("mvo-nederland");
  }

  // ---- rvo, rws and rvb each appoint a project-team member ----

  @Test
  void eachUnitThatAppointedAMemberMeetsR4() {
    Evaluation e = judge("""
        appointments:
          - {party: rvo, member: programme advisor, from: 2018-06-07}
          - {party: rws, member: senior procurement advisor, from: 2018-06-07}
          - {party: rvb, member: sustainability advisor, from: 2018-09-01}
        """);
    assertThat(e.findings("R-4")).extracting(f -> f.party().map(PartyId::value).orElse("(deal)"))
        .containsExactlyInAnyOrder("rvo", "rws", "rvb");
    finding(e, "R-4", "rvo").is(MET, INFO).counts(1, 1).evidence(line(2));
    finding(e, "R-4", "rws").is(MET, INFO).counts(1, 1).evidence(line(3));
    finding(e, "R-4", "rvb").is(MET, INFO).counts(1, 1).evidence(line(4));
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void ministrysAppointmentInsteadOfItsUnitsDoesNotMeetR4() {
    Evaluation e = judge("""
        appointments:
          - {party: rvo, member: programme advisor, from: 2018-06-07}
          - {party: rws, member: senior procurement advisor, from: 2018-06-07}
          - {party: bzk, member: policy officer, from: 2018-09-01}
        """);
    finding(e, "R-4", "rvb").is(NOT_MET, ERROR).counts(0, 1).noEvidence();
    finding(e, "R-4", "rvo").is(MET, INFO).counts(1, 1);
    finding(e, "R-4", "rws").is(MET, INFO).counts(1, 1);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(4)).isData(WARNING).party("bzk");
  }

  @Test
  void unitWithoutAppointmentBeforeTheDueDateIsInProgressOnR4() {
    Evaluation e = judge("""
        appointments:
          - {party: rvo, member: programme advisor, from: 2018-06-07}
        """, "2019-12-31");
    finding(e, "R-4", "rvb").is(IN_PROGRESS, INFO).counts(0, 1);
    finding(e, "R-4", "rws").is(IN_PROGRESS, INFO).counts(0, 1);
    finding(e, "R-4", "rvo").is(MET, INFO).counts(1, 1).evidence(line(2));
  }

  // ---- effort records count nothing ----

  @Test
  void r3JudgedByAnEffortRecordCountsNothing() {
    Evaluation met = judge("""
        efforts:
          - {party: rvo, commitment: R-3, date: 2019-10-08, description: "Exchange with a European network"}
        """);
    dealWide(met, "R-3").is(REPORTED, INFO).noCounts().evidence(line(2));
    dealWide(judge(""), "R-3").is(NO_EVIDENCE, WARNING).noCounts();
  }
}
