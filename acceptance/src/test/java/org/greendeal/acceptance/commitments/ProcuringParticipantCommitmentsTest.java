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
import static org.greendeal.rules.Status.EXCEEDED;
import static org.greendeal.rules.Status.IN_PROGRESS;
import static org.greendeal.rules.Status.MET;
import static org.greendeal.rules.Status.NOT_APPLICABLE;
import static org.greendeal.rules.Status.NOT_MET;
import static org.greendeal.rules.Status.NO_EVIDENCE;
import static org.greendeal.rules.Status.REPORTED;
import static org.greendeal.rules.Status.WITHIN_LIMIT;

import org.greendeal.model.Language;
import org.greendeal.rules.Evaluation;
import org.junit.jupiter.api.Test;

/** The commitments of each procuring participant (IP-1 to IP-5), met and not met. */
class ProcuringParticipantCommitmentsTest {

  // ---- IP-1: at least 2 NEW trajectories or 1 SCALE_UP started in term ----

  @Test
  void procuringParticipantWithTwoNewTrajectoriesMeetsIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-01, category: OFFICE_FURNITURE, status: AWARDED, strategies: [REUSE, REFURBISH]}
          - {id: t2, party: provincie-utrecht, title: Circulaire bedrijfskleding, kind: NEW, started: 2019-05-15, status: CANCELLED}
        """);
    finding(e, "IP-1", "provincie-utrecht").is(MET, INFO).counts(2, 2).evidence("t1", "t2");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void procuringParticipantWithTwoCancelledNewTrajectoriesStillMeetsIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: ns, title: Circulaire stoelbekleding, kind: NEW, started: 2018-10-01, status: CANCELLED}
          - {id: t2, party: ns, title: Circulaire verlichting, kind: NEW, started: 2019-10-01, status: CANCELLED}
        """);
    finding(e, "IP-1", "ns").is(MET, INFO).counts(2, 2).evidence("t1", "t2");
  }

  @Test
  void procuringParticipantWithOneScaleUpMeetsIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t3, party: provincie-utrecht, title: Opschaling circulair meubilair, kind: SCALE_UP, started: 2019-01-10}
        """);
    finding(e, "IP-1", "provincie-utrecht").is(MET, INFO).counts(1, 1).evidence("t3");
  }

  @Test
  void procuringParticipantWithOneNewTrajectoryDoesNotMeetIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-01, status: RUNNING}
        """);
    finding(e, "IP-1", "provincie-utrecht").is(NOT_MET, ERROR).counts(1, 2).evidence("t1");
  }

  @Test
  void procuringParticipantWithOneNewTrajectoryBeforeTheDueDateIsInProgressOnIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-01, status: RUNNING}
        """, "2019-12-31");
    finding(e, "IP-1", "provincie-utrecht").is(IN_PROGRESS, INFO).counts(1, 2).evidence("t1");
  }

  @Test
  void trajectoriesStartedOnTheFirstAndLastDayOfTheTermMeetIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: gemeente-utrecht, title: Circulair meubilair, kind: NEW, started: 2018-06-07}
          - {id: t2, party: gemeente-utrecht, title: Circulaire ICT, kind: NEW, started: 2020-12-31}
        """);
    finding(e, "IP-1", "gemeente-utrecht").is(MET, INFO).counts(2, 2).evidence("t1", "t2");
    assertThat(data(e, "DATA-OUT-OF-TERM")).isEmpty();
  }

  @Test
  void trajectoryStartedTheDayBeforeSigningIsOutOfTermAndDoesNotCountForIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t0, party: gemeente-utrecht, title: Oude pilot, kind: NEW, started: 2018-06-06}
          - {id: t1, party: gemeente-utrecht, title: Circulair meubilair, kind: NEW, started: 2019-02-01}
        """);
    finding(e, "IP-1", "gemeente-utrecht").is(NOT_MET, ERROR).counts(1, 2).evidence("t1");
    dataFinding(e, "DATA-OUT-OF-TERM", "t0").isData(WARNING).party("gemeente-utrecht");
  }

  @Test
  void trajectoryStartedTheDayAfterTheTermIsOutOfTermWhenJudgedAfterIt() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: gemeente-utrecht, title: Circulair meubilair, kind: NEW, started: 2019-02-01}
          - {id: t2, party: gemeente-utrecht, title: Te laat, kind: NEW, started: 2021-01-01}
        """, "2021-03-31");
    finding(e, "IP-1", "gemeente-utrecht").is(NOT_MET, ERROR).counts(1, 2).evidence("t1");
    dataFinding(e, "DATA-OUT-OF-TERM", "t2").isData(WARNING).party("gemeente-utrecht");
  }

  @Test
  void trajectoryStartedAfterTheAsOfDateIsNeitherCountedNorReportedForIP1() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: gemeente-utrecht, title: Circulair meubilair, kind: NEW, started: 2019-05-01}
          - {id: t2, party: gemeente-utrecht, title: Circulaire ICT, kind: NEW, started: 2020-02-01}
        """, "2019-12-31");
    finding(e, "IP-1", "gemeente-utrecht").is(IN_PROGRESS, INFO).counts(1, 2).evidence("t1");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void lateJoinerIsJudgedOnIP1FromItsJoiningDate() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
        trajectories:
          - {id: t1, party: gemeente-amsterdam, title: Voor de toetreding, kind: SCALE_UP, started: 2018-10-01}
          - {id: t2, party: gemeente-amsterdam, title: Circulaire bouw, kind: NEW, started: 2019-03-01}
          - {id: t3, party: Gemeente Amsterdam, title: Circulaire ICT, kind: NEW, started: 2019-09-01}
        """);
    finding(e, "IP-1", "gemeente-amsterdam").is(MET, INFO).counts(2, 2).evidence("t2", "t3");
    dataFinding(e, "DATA-OUT-OF-TERM", "t1").isData(WARNING).party("gemeente-amsterdam");
    assertThat(e.findings("IP-1")).hasSize(32);
  }

  @Test
  void partyThatJoinedAfterIP1WasDueFindsIP1NotApplicable() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2021-02-01}
        """, "2021-06-30");
    finding(e, "IP-1", "gemeente-amsterdam").is(NOT_APPLICABLE, INFO);
  }

  @Test
  void twoTrajectoriesWithTheSameIdAreADuplicateId() {
    Evaluation e = judge("""
        trajectories:
          - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-01}
          - {id: t1, party: provincie-utrecht, title: Circulaire bedrijfskleding, kind: NEW, started: 2019-05-15}
        """);
    dataFinding(e, "DATA-DUPLICATE-ID", "t1").isData(ERROR).party("provincie-utrecht");
  }

  @Test
  void knowledgePartnersTrajectoryIsARoleMismatch() {
    Evaluation e = judge("""
        trajectories:
          - {id: t9, party: copper8, title: Onderzoekstraject, kind: NEW, started: 2019-05-15}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", "t9").isData(WARNING).party("copper8");
  }

  // ---- IP-2: PROCESS, POLICY and STRATEGY, each with a referenced policy integration ----

  @Test
  void procuringParticipantWithAllThreeAspectsReferencedMeetsIP2() {
    Evaluation e = judge("""
        policyIntegrations:
          - {party: gemeente-rotterdam, aspect: PROCESS, date: 2019-09-01, reference: "https://example.org/rotterdam/inkoopproces-2019"}
          - {party: gemeente-rotterdam, aspect: POLICY, date: 2020-03-01, reference: "https://example.org/rotterdam/inkoopbeleid-2020"}
          - {party: gemeente-rotterdam, aspect: STRATEGY, date: 2020-10-01, reference: "https://example.org/rotterdam/inkoopstrategie"}
        """);
    finding(e, "IP-2", "gemeente-rotterdam").is(MET, INFO).counts(3, 3)
        .evidence(line(2), line(3), line(4));
  }

  @Test
  void procuringParticipantWithTwoOfThreeAspectsDoesNotMeetIP2() {
    Evaluation e = judge("""
        policyIntegrations:
          - {party: gemeente-rotterdam, aspect: PROCESS, date: 2019-09-01, reference: "https://example.org/rotterdam/inkoopproces-2019"}
          - {party: gemeente-rotterdam, aspect: POLICY, date: 2020-03-01, reference: "https://example.org/rotterdam/inkoopbeleid-2020"}
          - {party: gemeente-rotterdam, aspect: POLICY, date: 2020-06-01, reference: "https://example.org/rotterdam/inkoopbeleid-2020-bis"}
        """);
    finding(e, "IP-2", "gemeente-rotterdam").is(NOT_MET, ERROR).counts(2, 3);
  }

  @Test
  void policyIntegrationWithoutReferenceDoesNotCountForIP2() {
    Evaluation e = judge("""
        policyIntegrations:
          - {party: gemeente-rotterdam, aspect: PROCESS, date: 2019-09-01, reference: "https://example.org/rotterdam/inkoopproces-2019"}
          - {party: gemeente-rotterdam, aspect: POLICY, date: 2020-03-01, reference: "https://example.org/rotterdam/inkoopbeleid-2020"}
          - {party: gemeente-rotterdam, aspect: STRATEGY, date: 2020-10-01}
        """);
    finding(e, "IP-2", "gemeente-rotterdam").is(NOT_MET, ERROR).counts(2, 3)
        .evidence(line(2), line(3));
  }

  @Test
  void procuringParticipantShortOfIP2BeforeTheDueDateIsInProgress() {
    Evaluation e = judge("""
        policyIntegrations:
          - {party: gemeente-rotterdam, aspect: PROCESS, date: 2019-09-01, reference: "https://example.org/rotterdam/inkoopproces-2019"}
        """, "2020-06-30");
    finding(e, "IP-2", "gemeente-rotterdam").is(IN_PROGRESS, INFO).counts(1, 3).evidence(line(2));
  }

  // ---- IP-3: propagate through own channels (communication) ----

  @Test
  void procuringParticipantWithCommunicationsMeetsIP3() {
    Evaluation e = judge("""
        communications:
          - {party: ns, date: 2019-05-01, channel: website, title: "Circular train interiors", reference: "https://example.org/ns/circulair"}
          - {party: ns, date: 2020-02-12, channel: annual report, title: "Circular procurement in 2019"}
        """);
    finding(e, "IP-3", "ns").is(REPORTED, INFO).counts(2, 1).evidence(line(2), line(3));
  }

  @Test
  void procuringParticipantWithOnlyAnotherPartysCommunicationDoesNotMeetIP3() {
    Evaluation e = judge("""
        communications:
          - {party: prorail, date: 2019-05-01, channel: intranet, title: "Circular station furniture"}
        """);
    finding(e, "IP-3", "ns").is(NO_EVIDENCE, WARNING).counts(0, 1).noEvidence();
    finding(e, "IP-3", "prorail").is(REPORTED, INFO).counts(1, 1).evidence(line(2));
  }

  // ---- IP-4: take part in the project team's activities (attended / held since joining) ----

  @Test
  void procuringParticipantThatAttendedActivitiesMeetsIP4() {
    Evaluation e = judge("""
        activities:
          - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland, nevi], attendees: [ns, prorail]}
          - {id: a2, date: 2019-06-20, title: Werkgroep ICT, organisedBy: [nevi], attendees: [prorail]}
          - {id: a3, date: 2020-03-05, title: Opschalingsdag, organisedBy: [mvo-nederland], attendees: [ns, alliander]}
        """);
    finding(e, "IP-4", "ns").is(REPORTED, INFO).counts(2, 1).total(3).evidence("a1", "a3")
        .messagesContain("2", "3");
  }

  @Test
  void procuringParticipantThatAttendedNoActivityDoesNotMeetIP4() {
    Evaluation e = judge("""
        activities:
          - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland, nevi], attendees: [ns, prorail]}
          - {id: a2, date: 2019-06-20, title: Werkgroep ICT, organisedBy: [nevi], attendees: [prorail]}
        """);
    finding(e, "IP-4", "gemeente-wageningen").is(NO_EVIDENCE, WARNING).counts(0, 1).total(2)
        .noEvidence().messagesContain("0", "2");
  }

  @Test
  void lateJoinerIsShownAttendedOfHeldSinceJoiningOnIP4() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
        activities:
          - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland, nevi], attendees: [ns]}
          - {id: a2, date: 2019-06-20, title: Werkgroep ICT, organisedBy: [nevi], attendees: [gemeente-amsterdam]}
          - {id: a3, date: 2020-03-05, title: Opschalingsdag, organisedBy: [mvo-nederland], attendees: [ns]}
        """);
    finding(e, "IP-4", "gemeente-amsterdam").is(REPORTED, INFO).counts(1, 1).total(2).evidence("a2");
    finding(e, "IP-4", "ns").is(REPORTED, INFO).counts(2, 1).total(3).evidence("a1", "a3");
  }

  @Test
  void activityAfterTheAsOfDateIsNotHeldYetForIP4() {
    Evaluation e = judge("""
        activities:
          - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland, nevi], attendees: [ns]}
          - {id: a2, date: 2020-03-05, title: Opschalingsdag, organisedBy: [mvo-nederland], attendees: [ns]}
        """, "2019-12-31");
    finding(e, "IP-4", "ns").is(REPORTED, INFO).counts(1, 1).total(1).evidence("a1");
  }

  // ---- IP-5: at most EUR 1,500 per calendar year ----

  @Test
  void procuringParticipantContributingExactlyFifteenHundredInAYearIsWithinIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2019, amountEur: 1500}
          - {party: provincie-utrecht, year: 2020, amountEur: 750}
          - {party: provincie-utrecht, year: 2020, amountEur: 750}
        """);
    finding(e, "IP-5", "provincie-utrecht").is(WITHIN_LIMIT, INFO).noCounts();
  }

  @Test
  void procuringParticipantWithoutContributionsIsWithinIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2019, amountEur: 1500}
        """);
    finding(e, "IP-5", "ns").is(WITHIN_LIMIT, INFO).noCounts().noEvidence();
  }

  @Test
  void procuringParticipantContributingFifteenHundredAndOneCentInAYearExceedsIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2019, amountEur: 1500.01}
          - {party: provincie-utrecht, year: 2020, amountEur: 1500}
        """);
    finding(e, "IP-5", "provincie-utrecht").is(EXCEEDED, ERROR).noCounts().evidence(line(2))
        .messagesContain("2019").messagesDoNotContain("2020");
  }

  @Test
  void procuringParticipantOverTheLimitInTwoYearsExceedsIP5NamingBothYears() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2019, amountEur: 1000}
          - {party: provincie-utrecht, year: 2019, amountEur: 750}
          - {party: provincie-utrecht, year: 2020, amountEur: 1600}
        """);
    assertThat(e.findings("IP-5").stream().filter(f -> f.party().equals(java.util.Optional.of(id("provincie-utrecht")))))
        .hasSize(1);
    finding(e, "IP-5", "provincie-utrecht").is(EXCEEDED, ERROR)
        .evidence(line(2), line(3), line(4))
        .messagesContain("2019", "2020")
        .messageContains(Language.EN, "1,750", "1,600");
  }

  @Test
  void contributionForAYearOutsideTheTermIsOutOfTermAndNotCountedForIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2017, amountEur: 5000}
        """);
    finding(e, "IP-5", "provincie-utrecht").is(WITHIN_LIMIT, INFO);
    dataFinding(e, "DATA-OUT-OF-TERM", line(2)).isData(WARNING).party("provincie-utrecht");
  }

  @Test
  void knowledgePartnersContributionIsARoleMismatch() {
    Evaluation e = judge("""
        contributions:
          - {party: copper8, year: 2019, amountEur: 2000}
        """);
    dataFinding(e, "DATA-ROLE-MISMATCH", line(2)).isData(WARNING).party("copper8");
    assertThat(e.findings("IP-5")).hasSize(31)
        .allSatisfy(f -> assertThat(f.status()).contains(WITHIN_LIMIT));
  }

  @Test
  void contributionForTheFirstYearOfTheTermCountsForIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2018, amountEur: 1600}
        """);
    finding(e, "IP-5", "provincie-utrecht").is(EXCEEDED, ERROR).evidence(line(2))
        .messagesContain("2018");
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void contributionForTheYearAfterTheTermIsOutOfTermWhenJudgedAfterIt() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2021, amountEur: 5000}
        """, "2022-01-31");
    finding(e, "IP-5", "provincie-utrecht").is(WITHIN_LIMIT, INFO);
    dataFinding(e, "DATA-OUT-OF-TERM", line(2)).isData(WARNING).party("provincie-utrecht");
  }

  @Test
  void contributionForAYearAfterTheAsOfDateIsNeitherCountedNorReportedForIP5() {
    Evaluation e = judge("""
        contributions:
          - {party: provincie-utrecht, year: 2020, amountEur: 5000}
          - {party: ns, year: 2021, amountEur: 5000}
        """, "2019-06-30");
    finding(e, "IP-5", "provincie-utrecht").is(WITHIN_LIMIT, INFO).noEvidence();
    finding(e, "IP-5", "ns").is(WITHIN_LIMIT, INFO).noEvidence();
    assertThat(dataFindings(e)).isEmpty();
  }

  @Test
  void policyIntegrationWithABlankReferenceDoesNotCountForIP2() {
    Evaluation e = judge("""
        policyIntegrations:
          - {party: gemeente-rotterdam, aspect: PROCESS, date: 2019-09-01, reference: "https://example.org/rotterdam/inkoopproces-2019"}
          - {party: gemeente-rotterdam, aspect: POLICY, date: 2020-03-01, reference: "https://example.org/rotterdam/inkoopbeleid-2020"}
          - {party: gemeente-rotterdam, aspect: STRATEGY, date: 2020-10-01, reference: "   "}
        """);
    finding(e, "IP-2", "gemeente-rotterdam").is(NOT_MET, ERROR).counts(2, 3)
        .evidence(line(2), line(3));
  }

  @Test
  void policyIntegrationBeforeALateJoinerJoinedIsOutOfTermForIP2() {
    Evaluation e = judge("""
        joined:
          - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
        policyIntegrations:
          - {party: gemeente-amsterdam, aspect: PROCESS, date: 2019-02-01, reference: "https://example.org/a/proces"}
          - {party: gemeente-amsterdam, aspect: POLICY, date: 2019-06-01, reference: "https://example.org/a/beleid"}
          - {party: gemeente-amsterdam, aspect: STRATEGY, date: 2020-06-01, reference: "https://example.org/a/strategie"}
        """);
    finding(e, "IP-2", "gemeente-amsterdam").is(NOT_MET, ERROR).counts(2, 3)
        .evidence(line(5), line(6));
    dataFinding(e, "DATA-OUT-OF-TERM", line(4)).isData(WARNING).party("gemeente-amsterdam");
  }
}
