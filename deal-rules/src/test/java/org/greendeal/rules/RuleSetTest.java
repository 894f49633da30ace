package org.greendeal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greendeal.rules.Records.activity;
import static org.greendeal.rules.Records.contribution;
import static org.greendeal.rules.Records.knowledge;
import static org.greendeal.rules.Records.policy;
import static org.greendeal.rules.Records.trajectory;
import static org.greendeal.model.TrajectoryKind.NEW;
import static org.greendeal.model.TrajectoryKind.SCALE_UP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableAppointment;
import org.greendeal.model.ImmutableEffort;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.ImmutableJoinedParty;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.TrajectoryStatus;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final Deal DEAL = SmallDeal.deal();
  private static final RuleSet RULES = RuleSet.compile(DEAL);

  private static Evaluation judge(ImmutableEvidence.Builder evidence) {
    return RULES.evaluate(evidence.build());
  }

  private static Evaluation judge(ImmutableEvidence.Builder evidence, String asOf) {
    return RULES.evaluate(evidence.build(), LocalDate.parse(asOf));
  }

  private static Finding finding(Evaluation e, String code, String party) {
    return e.finding(code, PartyId.of(party)).orElseThrow(
        () -> new AssertionError("no single " + code + " finding for " + party + " in " + e.findings()));
  }

  private static ImmutableEvidence.Builder evidence() {
    return ImmutableEvidence.builder();
  }

  @Test
  void procuringParticipantWithTwoNewTrajectoriesMeetsIP1() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("t1", "pp-a", NEW, "2018-09-01"), trajectory("t2", "pp-a", NEW, "2020-12-31")));
    Finding f = finding(e, "IP-1", "pp-a");
    assertThat(f.status()).contains(Status.MET);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.actual()).contains(2);
    assertThat(f.required()).contains(2);
    assertThat(f.evidence()).containsExactly("t1", "t2");
    assertThat(f.message(Language.NL)).isEqualTo("2 van 2 trajecten met kind = NEW: t1, t2");
    assertThat(f.message(Language.EN)).isEqualTo("2 of 2 trajectories with kind = NEW: t1, t2");
  }

  @Test
  void aCancelledTrajectoryStillCountsByItsStartDate() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("t1", "pp-a", NEW, "2018-09-01"),
        trajectory("t2", "pp-a", NEW, "2019-05-01").withStatus(TrajectoryStatus.CANCELLED)));
    Finding f = finding(e, "IP-1", "pp-a");
    assertThat(f.status()).contains(Status.MET);
    assertThat(f.explanation().considered()).anySatisfy(c -> {
      assertThat(c.record()).isEqualTo("t2");
      assertThat(c.counted()).isTrue();
      assertThat(c.reason().en()).contains("cancelled, still counts");
    });
  }

  @Test
  void oneScaleUpAloneMeetsIP1() {
    Evaluation e = judge(evidence().addTrajectories(trajectory("s1", "pp-b", SCALE_UP, "2019-01-15")));
    Finding f = finding(e, "IP-1", "pp-b");
    assertThat(f.status()).contains(Status.MET);
    assertThat(f.evidence()).containsExactly("s1");
  }

  @Test
  void oneNewTrajectoryIsNotMetAtTermEndAndInProgressBefore() {
    ImmutableEvidence.Builder evidence = evidence().addTrajectories(trajectory("t1", "pp-a", NEW, "2019-01-01"));
    Finding atEnd = finding(judge(evidence), "IP-1", "pp-a");
    assertThat(atEnd.status()).contains(Status.NOT_MET);
    assertThat(atEnd.severity()).isEqualTo(Severity.ERROR);
    assertThat(atEnd.actual()).contains(1);
    assertThat(atEnd.message(Language.EN)).contains("1 of 2 trajectories with kind = NEW: t1")
        .contains("or 0 of 1 trajectories with kind = SCALE_UP").contains("was due 2020-12-31");
    Finding midTerm = finding(judge(evidence, "2019-06-30"), "IP-1", "pp-a");
    assertThat(midTerm.status()).contains(Status.IN_PROGRESS);
    assertThat(midTerm.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void termBoundariesAreInclusiveAndRecordsOutsideAreReportedNotCounted() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("first-day", "pp-a", NEW, "2018-06-07"),
        trajectory("last-day", "pp-a", NEW, "2020-12-31"),
        trajectory("day-before", "pp-b", NEW, "2018-06-06"),
        trajectory("day-after", "pp-b", NEW, "2021-01-01")), "2021-06-30");
    assertThat(finding(e, "IP-1", "pp-a").status()).contains(Status.MET);
    assertThat(finding(e, "IP-1", "pp-b").actual()).contains(0);
    assertThat(e.findings("DATA-OUT-OF-TERM")).extracting(Finding::evidence)
        .containsExactlyInAnyOrder(List.of("day-before"), List.of("day-after"));
    assertThat(e.findings("DATA-OUT-OF-TERM")).allSatisfy(f -> {
      assertThat(f.party()).contains(PartyId.of("pp-b"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void evidenceAfterTheAsOfDateIsNeitherCountedNorReported() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("t1", "pp-a", NEW, "2019-01-01"), trajectory("t2", "pp-a", NEW, "2021-03-01")),
        "2019-06-30");
    assertThat(finding(e, "IP-1", "pp-a").actual()).contains(1);
    assertThat(e.findings("DATA-OUT-OF-TERM")).isEmpty();
    assertThat(finding(e, "IP-1", "pp-a").explanation().considered())
        .anySatisfy(c -> assertThat(c.reason().en()).contains("after the as-of date"));
  }

  @Test
  void aRecordNamingAnUnknownPartyIsReportedAndNotCounted() {
    Evaluation e = judge(evidence().addContributions(contribution("Gemeente Nergens", 2019, "5000")));
    Finding f = e.findings("DATA-UNKNOWN-PARTY").get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.party()).isEmpty();
    assertThat(f.message(Language.EN)).contains("\"Gemeente Nergens\"");
    assertThat(e.findings("IP-5")).allSatisfy(x -> assertThat(x.status()).contains(Status.WITHIN_LIMIT));
  }

  @Test
  void partiesAreFoundByNameWithoutCaseAccentsOrPunctuation() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("t1", "cooperatieve procurer b", SCALE_UP, "2019-01-01")));
    assertThat(finding(e, "IP-1", "pp-b").status()).contains(Status.MET);
  }

  @Test
  void aRecordThatDoesNotFitThePartysRoleIsReportedAndNotCounted() {
    Evaluation e = judge(evidence().addTrajectories(trajectory("t1", "kp", NEW, "2019-01-01"))
        .addAppointments(ImmutableAppointment.builder().party("pp-a").member("buyer")
            .from(LocalDate.of(2019, 1, 1)).build()));
    assertThat(e.findings("DATA-ROLE-MISMATCH")).extracting(f -> f.party().orElseThrow().value())
        .containsExactlyInAnyOrder("kp", "pp-a");
  }

  @Test
  void anEffortRecordFitsOnlyTheRolesItsCommitmentBinds() {
    Evaluation e = judge(evidence().addEfforts(
        ImmutableEffort.builder().party("kp").commitment(CommitmentId.of("P-1"))
            .date(LocalDate.of(2019, 2, 1)).build(),
        ImmutableEffort.builder().party("kp").commitment(CommitmentId.of("R-1"))
            .date(LocalDate.of(2019, 2, 1)).build()));
    assertThat(finding(e, "P-1", "kp").status()).contains(Status.REPORTED);
    assertThat(finding(e, "P-1", "pp-a").status()).contains(Status.NO_EVIDENCE);
    assertThat(finding(e, "P-1", "pp-a").severity()).isEqualTo(Severity.WARNING);
    assertThat(e.findings("DATA-ROLE-MISMATCH")).hasSize(1);
  }

  @Test
  void recordsSharingAnIdAreReportedAndNoneIsCounted() {
    Evaluation e = judge(evidence().addTrajectories(
        trajectory("t1", "pp-a", SCALE_UP, "2019-01-01"), trajectory("t1", "pp-a", NEW, "2019-02-01")));
    Finding dup = e.findings("DATA-DUPLICATE-ID").get(0);
    assertThat(dup.evidence()).containsExactly("t1");
    assertThat(dup.party()).contains(PartyId.of("pp-a"));
    assertThat(finding(e, "IP-1", "pp-a").status()).contains(Status.NOT_MET);
  }

  @Test
  void exactlyFifteenHundredEurosInAYearIsWithinTheLimit() {
    Evaluation e = judge(evidence().addContributions(contribution("pp-a", 2019, "1500.00"),
        contribution("pp-a", 2020, "1000"), contribution("pp-a", 2020, "500")));
    assertThat(finding(e, "IP-5", "pp-a").status()).contains(Status.WITHIN_LIMIT);
  }

  @Test
  void aSumOverTheLimitInAYearIsExceededAndNamesTheYear() {
    Evaluation e = judge(evidence().addContributions(contribution("pp-a", 2019, "1000"),
        contribution("pp-a", 2019, "600"), contribution("pp-a", 2020, "1500")));
    Finding f = finding(e, "IP-5", "pp-a");
    assertThat(f.status()).contains(Status.EXCEEDED);
    assertThat(f.message(Language.NL)).isEqualTo("meer dan € 1.500,00 in 2019 (€ 1.600,00)");
    assertThat(f.message(Language.EN)).contains("2019").doesNotContain("2020");
  }

  @Test
  void noContributionIsNoBreach() {
    assertThat(finding(judge(evidence()), "IP-5", "pp-b").status()).contains(Status.WITHIN_LIMIT);
  }

  @Test
  void twoOfThreePolicyAspectsIsNotEnoughAndARecordWithoutReferenceDoesNotCount() {
    Evaluation e = judge(evidence().addPolicyIntegrations(
        policy("pp-a", PolicyAspect.PROCESS, "https://example.org/a"),
        policy("pp-a", PolicyAspect.POLICY, "https://example.org/b"),
        policy("pp-a", PolicyAspect.STRATEGY, null)));
    Finding f = finding(e, "IP-2", "pp-a");
    assertThat(f.status()).contains(Status.NOT_MET);
    assertThat(f.actual()).contains(2);
    assertThat(f.required()).contains(3);
    assertThat(f.message(Language.EN)).contains("missing: STRATEGY");
  }

  @Test
  void allThreePolicyAspectsWithReferencesMeetIP2() {
    Evaluation e = judge(evidence().addPolicyIntegrations(
        policy("pp-a", PolicyAspect.PROCESS, "r1"), policy("pp-a", PolicyAspect.POLICY, "r2"),
        policy("pp-a", PolicyAspect.STRATEGY, "r3")));
    assertThat(finding(e, "IP-2", "pp-a").status()).contains(Status.MET);
  }

  @Test
  void attendanceShowsAttendedOfHeldSinceJoining() {
    Evaluation e = judge(evidence()
        .addJoined(ImmutableJoinedParty.builder().id(PartyId.of("late")).name("Late Joiner")
            .role(Role.PROCURING_PARTICIPANT).date(LocalDate.of(2019, 6, 1)).build())
        .addActivities(activity("a1", "2018-11-15", "pp-a"), activity("a2", "2019-05-15", "pp-a"),
            activity("a3", "2019-11-15", "late")));
    Finding early = finding(e, "IP-4", "pp-a");
    assertThat(early.status()).contains(Status.REPORTED);
    assertThat(early.actual()).contains(2);
    assertThat(early.total()).contains(3);
    Finding late = finding(e, "IP-4", "late");
    assertThat(late.actual()).contains(1);
    assertThat(late.total()).contains(1);
    assertThat(late.message(Language.EN)).isEqualTo("attended 1 of the 1 activities held since joining: a3");
  }

  @Test
  void aLateJoinerIsJudgedFromItsJoiningDate() {
    ImmutableEvidence.Builder evidence = evidence()
        .addJoined(ImmutableJoinedParty.builder().id(PartyId.of("late")).name("Late Joiner")
            .role(Role.PROCURING_PARTICIPANT).date(LocalDate.of(2019, 6, 1)).build())
        .addTrajectories(trajectory("l1", "Late Joiner", NEW, "2019-05-01"),
            trajectory("l2", "late", SCALE_UP, "2019-07-01"));
    Evaluation e = judge(evidence);
    assertThat(finding(e, "IP-1", "late").evidence()).containsExactly("l2");
    assertThat(e.findings("DATA-OUT-OF-TERM")).singleElement().satisfies(f -> {
      assertThat(f.party()).contains(PartyId.of("late"));
      assertThat(f.evidence()).containsExactly("l1");
    });
    assertThat(finding(judge(evidence, "2019-03-01"), "IP-1", "late").status())
        .contains(Status.NOT_APPLICABLE);
  }

  @Test
  void theGovernmentTogetherNeedsATrajectoryAndAPublicationAndNamesWhatIsMissing() {
    Evaluation e = judge(evidence().addTrajectories(trajectory("g1", "unit", NEW, "2019-01-01")));
    Finding f = e.dealWideFinding("R-1").orElseThrow();
    assertThat(f.status()).contains(Status.NO_EVIDENCE);
    assertThat(f.message(Language.EN)).startsWith("missing: publications");
    assertThat(f.message(Language.NL)).startsWith("ontbreekt: publicaties");
    Evaluation both = judge(evidence().addTrajectories(trajectory("g1", "unit", NEW, "2019-01-01"))
        .addPublications(ImmutablePublication.builder().party("min").title("Lessons")
            .date(LocalDate.of(2020, 6, 1)).build()));
    assertThat(both.dealWideFinding("R-1").orElseThrow().status()).contains(Status.REPORTED);
  }

  @Test
  void aUnitIsJudgedOnItsOwnAppointments() {
    Evaluation none = judge(evidence());
    assertThat(finding(none, "R-4", "unit").status()).contains(Status.NOT_MET);
    Evaluation e = judge(evidence().addAppointments(ImmutableAppointment.builder().party("Agency")
        .member("programme advisor").from(LocalDate.of(2018, 6, 7)).build()));
    assertThat(finding(e, "R-4", "unit").status()).contains(Status.MET);
  }

  @Test
  void knowledgeWithPersonalDataOrMarkedSensitiveViolatesD1() {
    Evaluation e = judge(evidence().addKnowledgeItems(
        knowledge("k1", "pp-a", "Reuse worked well.", Sensitivity.NONE),
        knowledge("k2", "pp-b", "Questions? Mail inkoop@example.nl", Sensitivity.NONE),
        knowledge("k3", "kp", "Margins per product.", Sensitivity.COMPETITION)));
    assertThat(finding(e, "D-1", "pp-a").status()).contains(Status.RESPECTED);
    assertThat(finding(e, "D-1", "pp-b").status()).contains(Status.VIOLATED);
    assertThat(finding(e, "D-1", "pp-b").evidence()).containsExactly("k2");
    assertThat(finding(e, "D-1", "kp").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aHeaderCountThatDisagreesWithTheAnnexIsReported() {
    Deal deal = org.greendeal.model.ImmutableDeal.copyOf(DEAL)
        .withStatedCounts(java.util.Map.of(Role.PROCURING_PARTICIPANT, 3));
    Evaluation e = RuleSet.compile(deal).evaluate(Evidence.empty());
    assertThat(e.findings("DATA-ANNEX-COUNT")).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).contains("3").contains("2"));
    assertThat(judge(evidence()).findings("DATA-ANNEX-COUNT")).isEmpty();
  }

  @Test
  void findingsAreSortedByCodeThenParty() {
    List<Finding> findings = judge(evidence()).findings();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(org.greendeal.rules.internal.FindingOrder.INSTANCE);
    assertThat(findings).isEqualTo(sorted);
    assertThat(findings.get(0).code()).isEqualTo("D-1");
    assertThat(findings).extracting(Finding::code).containsSubsequence("IP-1", "IP-2", "IP-4", "IP-5", "P-1", "R-1", "R-4");
  }

  @Test
  void aRuleSetRefusesADuplicateIdAndKeepsItsOrder() {
    Rule custom = new Rule() {
      @Override
      public String id() {
        return "X-1";
      }

      @Override
      public List<Finding> evaluate(EvaluationContext context) {
        return List.of(ImmutableFinding.builder().code("X-1").status(Status.REPORTED)
            .severity(Severity.INFO).message(org.greendeal.model.LocalizedText.same(
                context.records(org.greendeal.model.RecordType.TRAJECTORY).size() + " trajectories"))
            .build());
      }
    };
    RuleSet extended = RULES.with(custom);
    assertThat(extended.rules()).extracting(Rule::id).endsWith("X-1").startsWith("P-1", "IP-1");
    assertThatThrownBy(() -> extended.with(custom)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id \"X-1\"");
    Evaluation e = extended.evaluate(evidence().addTrajectories(trajectory("t1", "pp-a", NEW, "2019-01-01")).build());
    assertThat(e.dealWideFinding("X-1").orElseThrow().message().en()).isEqualTo("1 trajectories");
  }

  @Test
  void aListenerHearsEveryRuleAndEveryFinding() {
    List<String> heard = new ArrayList<>();
    Evaluation e = RULES.evaluate(Evidence.empty(), SmallDeal.END, new EvaluationListener() {
      @Override
      public void beforeRule(Rule rule) {
        heard.add("before " + rule.id());
      }

      @Override
      public void afterRule(Rule rule, List<Finding> findings) {
        heard.add("after " + rule.id());
      }

      @Override
      public void onFinding(Finding finding) {
        heard.add("finding");
      }
    });
    assertThat(heard).startsWith("before P-1", "after P-1", "before IP-1");
    assertThat(heard.stream().filter("finding"::equals).count()).isEqualTo(e.findings().size());
  }

  @Test
  void aRecordThatBreaksAProhibitionIsToldWhateverItsDate() {
    assertThat(RULES.prohibitionsBrokenBy(knowledge("k9", "pp-a", "Bel 06-12345678", Sensitivity.NONE)
        .withDate(LocalDate.of(2030, 1, 1)))).containsExactly(CommitmentId.of("D-1"));
    assertThat(RULES.prohibitionsBrokenBy(knowledge("k1", "pp-a", "Hergebruik werkt.", Sensitivity.NONE)))
        .isEmpty();
    assertThat(RULES.prohibitionsBrokenBy(trajectory("t1", "pp-a", NEW, "2019-01-01"))).isEmpty();
  }
}
