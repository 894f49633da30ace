package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.greendeal.model.Role;
import org.greendeal.reporting.model.Bucket;
import org.greendeal.reporting.model.LessonGroup;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.ResultShare;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.YearContribution;
import org.greendeal.reporting.model.YearRow;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/** The report's figures against {@link HandCountedEvidence}, counted by hand. */
class ReportBuilderTest {
  private final Report report = HandCountedEvidence.report();

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void theHeaderNamesTheDealItsTermAndTheAsOfDate() {
    assertThat(report.header().dealId()).isEqualTo("gdci-2.0");
    assertThat(report.header().termStart()).hasToString("2018-06-07");
    assertThat(report.header().asOf()).hasToString("2020-12-31");
    assertThat(report.header().illustrative()).isFalse();
    assertThat(report.header().evidenceRecords()).isEqualTo(16);
  }

  @Test
  void trajectoriesInTermAreGroupedByCategoryStrategyAndStatus() {
    var t = report.trajectories();
    assertThat(t.count()).isEqualTo(3);
    assertThat(t.totalValue()).isEqualByComparingTo("300000");
    assertThat(t.byCategory()).extracting(Bucket::key, Bucket::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("OFFICE_FURNITURE", 2),
            org.assertj.core.groups.Tuple.tuple("WORKWEAR", 1));
    assertThat(t.byCategory().get(0).value()).isEqualByComparingTo("250000");
    assertThat(t.byStrategy()).extracting(Bucket::key, Bucket::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("REUSE", 2), org.assertj.core.groups.Tuple.tuple("RECYCLE", 1),
        org.assertj.core.groups.Tuple.tuple("REFURBISH", 1));
    assertThat(t.byStatus()).extracting(Bucket::key)
        .containsExactly("AWARDED", "CANCELLED", "RUNNING");
    assertThat(t.rows()).extracting(r -> r.id()).containsExactly("t1", "t2", "t3");
    assertThat(t.rows().get(1).partyName()).isEqualTo("Provincie Utrecht");
  }

  @Test
  void contributionsPerYearCountContributorsAndThoseOverTheLimit() {
    assertThat(report.summary().contributionLimit()).hasValueSatisfying(
        l -> assertThat(l).isEqualByComparingTo("1500"));
    assertThat(report.summary().contributions()).containsExactly(
        new YearContribution(2019, eur("3100"), 2, 1), new YearContribution(2020, eur("750"), 1, 0));
  }

  @Test
  void theTimelineCountsPerYear() {
    assertThat(report.timeline()).extracting(YearRow::year, YearRow::trajectoriesStarted,
            YearRow::activitiesHeld, YearRow::partiesJoined)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2018, 1, 1, 0),
            org.assertj.core.groups.Tuple.tuple(2019, 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple(2020, 1, 0, 0));
    assertThat(report.timeline().get(1).contributions()).isEqualByComparingTo("3100");
  }

  @Test
  void resultSharesCountTheLateJoinerAmongTheBound() {
    ResultShare ip1 = report.summary().results().stream().filter(r -> r.code().equals("IP-1"))
        .findFirst().orElseThrow();
    assertThat(ip1.met()).isEqualTo(2);
    assertThat(ip1.bound()).isEqualTo(32);
    assertThat(ip1.percent()).isEqualTo(6);
    assertThat(report.summary().results()).extracting(ResultShare::code)
        .containsExactly("IP-1", "IP-2", "FP-1", "KP-1", "R-4");
  }

  @Test
  void findingsPerRoleCountEveryPartyOfTheRole() {
    RoleStatuses procuring = report.summary().byRole().stream()
        .filter(r -> r.role() == Role.PROCURING_PARTICIPANT).findFirst().orElseThrow();
    assertThat(procuring.parties()).isEqualTo(32);
    assertThat(procuring.counts().get(Status.MET)).isEqualTo(2);
    assertThat(procuring.counts().get(Status.EXCEEDED)).isEqualTo(1);
    assertThat(procuring.total()).isEqualTo(32 * 10);
    RoleStatuses government = report.summary().byRole().stream()
        .filter(r -> r.role() == Role.NATIONAL_GOVERNMENT).findFirst().orElseThrow();
    assertThat(government.total()).isEqualTo(3 * 5 + 3 + 3);
  }

  @Test
  void everyPartyAndEveryUnitWithFindingsHasAScorecard() {
    assertThat(report.parties()).hasSize(49 + 3);
    PartyScorecard utrecht = report.parties().stream()
        .filter(p -> p.id().equals("provincie-utrecht")).findFirst().orElseThrow();
    assertThat(utrecht.findings()).extracting(f -> f.code()).startsWith("P-1", "P-2", "P-3", "P-4",
        "IP-1").endsWith("D-1");
    assertThat(utrecht.applicable()).isEqualTo(10);
    assertThat(utrecht.fulfilled()).isEqualTo(3);
    PartyScorecard amsterdam = report.parties().stream()
        .filter(p -> p.id().equals("gemeente-amsterdam")).findFirst().orElseThrow();
    assertThat(amsterdam.joined()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-03-01"));
  }

  @Test
  void theProjectTeamWorkingGroupsAndAttendanceAreListed() {
    assertThat(report.projectTeam().members()).singleElement()
        .satisfies(m -> assertThat(m.partyName()).isEqualTo("MVO Nederland"));
    assertThat(report.projectTeam().workingGroups()).singleElement()
        .satisfies(w -> assertThat(w.members()).containsExactly("Nederlandse Spoorwegen", "Alliander"));
    assertThat(report.projectTeam().activities()).extracting(a -> a.attendees()).containsExactly(2, 2);
  }

  @Test
  void lessonsLeaveOutEveryKnowledgeItemThatD1Flags() {
    assertThat(report.lessons()).extracting(LessonGroup::theme).containsExactly("Bouw");
    LessonGroup bouw = report.lessons().get(0);
    assertThat(bouw.successes()).extracting(LessonGroup.Lesson::id).containsExactly("k1");
    assertThat(bouw.failures()).extracting(LessonGroup.Lesson::id).containsExactly("k4");
  }

  @Test
  void dataFindingsAreListedApart() {
    assertThat(report.dataFindings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("DATA-OUT-OF-TERM");
      assertThat(f.party()).contains("prorail");
      assertThat(f.evidence()).containsExactly("t4");
    });
  }
}
