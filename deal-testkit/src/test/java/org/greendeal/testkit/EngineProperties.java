package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableBarrier;
import org.greendeal.model.ImmutableCommitment;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.ImmutableInstrument;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Term;
import org.greendeal.rules.DataCode;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Status;
import org.greendeal.rules.internal.FindingOrder;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rules engine's laws, over generated deals and evidence: order of evidence does not matter,
 * evaluating twice gives equal results, adding evidence never undoes a satisfied at-least
 * criterion, nothing is NOT_MET before it is due, no evidence makes the engine throw, and
 * findings come sorted, each with the severity of its status.
 */
class EngineProperties {
  /** What a property judges: a deal, evidence for it, an as-of date and a seed for shuffling. */
  record Case(Deal deal, Evidence evidence, LocalDate asOf, long seed) {}

  /** A case with more evidence to add to it: in term, known parties, fresh ids, no joiners. */
  record Growth(Deal deal, Evidence evidence, Evidence added, LocalDate asOf) {}

  private static final Set<Status> SATISFIED =
      EnumSet.of(Status.MET, Status.REPORTED, Status.WITHIN_LIMIT, Status.RESPECTED);

  private static final Pattern NUMBERED_CODE = Pattern.compile("([A-Z]+)-(\\d+)");

  // ---- the laws -------------------------------------------------------------------------------

  @Test
  void theOrderOfEvidenceRecordsDoesNotChangeTheEvaluation() {
    qt().withExamples(100).withShrinkCycles(2000).forAll(cases()).checkAssert(c -> {
      RuleSet rules = RuleSet.compile(c.deal());
      Evaluation given = rules.evaluate(c.evidence(), c.asOf());
      Evaluation shuffled = rules.evaluate(Shuffle.evidence(c.evidence(), c.seed()), c.asOf());
      assertThat(shuffled.findings()).containsExactlyElementsOf(given.findings());
      assertThat(shuffled).isEqualTo(given);
    });
  }

  @Test
  void evaluatingTwiceGivesEqualResults() {
    qt().withExamples(100).withShrinkCycles(2000).forAll(cases()).checkAssert(c -> {
      RuleSet rules = RuleSet.compile(c.deal());
      Evaluation first = rules.evaluate(c.evidence(), c.asOf());
      Evaluation second = rules.evaluate(c.evidence(), c.asOf());
      Evaluation recompiled = RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf());
      assertThat(second.findings()).containsExactlyElementsOf(first.findings());
      assertThat(second).isEqualTo(first);
      assertThat(recompiled).isEqualTo(first);
    });
  }

  @Test
  void addingEvidenceNeverUndoesASatisfiedAtLeastCriterion() {
    qt().withExamples(150).withShrinkCycles(2000).forAll(growths()).checkAssert(g -> {
      RuleSet rules = RuleSet.compile(g.deal());
      Evaluation before = rules.evaluate(g.evidence(), g.asOf());
      Evaluation after = rules.evaluate(g.evidence().concat(g.added()), g.asOf());
      for (Commitment c : atLeastCommitments(g.deal())) {
        String code = c.id().value();
        for (Finding was : before.findings(code)) {
          Finding now = sameSubject(after, was);
          if (was.status().filter(SATISFIED::contains).isPresent()) {
            assertThat(now.status()).as("%s for %s after adding evidence", code, was.party())
                .isEqualTo(was.status());
          }
          assertThat(now.actual().orElse(0)).as("%s counted for %s after adding evidence", code,
              was.party()).isGreaterThanOrEqualTo(was.actual().orElse(0));
        }
      }
    });
  }

  @Test
  void beforeItsDueDateACommitmentIsNeverNotMet() {
    qt().withExamples(150).withShrinkCycles(2000).forAll(cases()).checkAssert(c -> {
      Evaluation e = RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf());
      for (Commitment commitment : c.deal().commitments()) {
        Optional<LocalDate> due = commitment.due();
        if (due.isPresent() && due.get().isAfter(c.asOf())) {
          assertThat(e.findings(commitment.id().value()))
              .as("%s, due %s, as of %s", commitment.id(), due.get(), c.asOf())
              .noneMatch(f -> f.status().equals(Optional.of(Status.NOT_MET)));
        }
      }
    });
  }

  @Test
  void anyGeneratedEvidenceIsEvaluatedWithoutAnExceptionOnAnyDate() {
    qt().withExamples(200).withShrinkCycles(2000).forAll(casesOnAnyDate()).checkAssert(c ->
        assertThatCode(() -> RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf()))
            .doesNotThrowAnyException());
  }

  @Test
  void evidenceForNoDealInParticularIsEvaluatedWithoutAnException() {
    Gen<Case> foreign = DealGenerators.deals().flatMap(deal -> EvidenceGenerators.evidence(5)
        .zip(anyDate(deal.term()), (evidence, asOf) -> new Case(deal, evidence, asOf, 0)));
    qt().withExamples(100).withShrinkCycles(2000).forAll(foreign).checkAssert(c ->
        assertThatCode(() -> RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf()))
            .doesNotThrowAnyException());
  }

  @Test
  void findingsAreSortedByCodeThenPartyAndCarryTheSeverityOfTheirStatus() {
    qt().withExamples(150).withShrinkCycles(2000).forAll(casesOnAnyDate()).checkAssert(c -> {
      Evaluation e = RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf());
      List<Finding> findings = e.findings();
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(FindingOrder.INSTANCE);
      assertThat(findings).containsExactlyElementsOf(sorted);
      assertSortedByCodeThenParty(findings);
      Set<String> commitments = new HashSet<>();
      c.deal().commitments().forEach(cm -> commitments.add(cm.id().value()));
      for (Finding f : findings) {
        if (f.status().isPresent()) {
          assertThat(f.severity()).as("severity of %s", f).isEqualTo(f.status().get().severity());
          assertThat(commitments).as("code of %s", f).contains(f.code());
        } else {
          DataCode data = dataCode(f.code());
          assertThat(f.severity()).as("severity of %s", f).isEqualTo(data.severity());
        }
      }
    });
  }

  /** Guards the laws against vacuity: their generated cases do meet what the laws are about. */
  @Test
  void theLawsMeetTheCasesTheyAreAbout() {
    List<Growth> growths = Samples.of(growths(), 100, 20_240_601L);
    long satisfied = growths.stream().filter(g -> {
      Evaluation e = RuleSet.compile(g.deal()).evaluate(g.evidence(), g.asOf());
      return atLeastCommitments(g.deal()).stream().anyMatch(c -> e.findings(c.id().value())
          .stream().anyMatch(f -> f.status().filter(SATISFIED::contains).isPresent()));
    }).count();
    long grown = growths.stream().filter(g -> g.added().size() > 0).count();
    long notYetDue = Samples.of(cases(), 100, 20_240_602L).stream().filter(c -> {
      Evaluation e = RuleSet.compile(c.deal()).evaluate(c.evidence(), c.asOf());
      return c.deal().commitments().stream().anyMatch(cm -> cm.due().isPresent()
          && cm.due().get().isAfter(c.asOf()) && !e.findings(cm.id().value()).isEmpty());
    }).count();
    assertThat(satisfied).as("cases with a satisfied at-least finding").isGreaterThan(20);
    assertThat(grown).as("cases that add records").isGreaterThan(50);
    assertThat(notYetDue).as("cases judged before a commitment is due").isGreaterThan(20);
  }

  /**
   * Codes that differ only in leading zeros (IP-1 and IP-01, both valid commitment ids; or a
   * team's rule X-01 beside a commitment X-1) must still come one code after the other.
   */
  @Test
  void codesThatDifferOnlyInLeadingZerosAreNotInterleaved() {
    Deal deal = ImmutableDeal.copyOf(ExampleDeal.without("IP-1")).withCommitments(
        effort("IP-1"), effort("IP-01"));
    Evaluation e = RuleSet.compile(deal).evaluate(Evidence.empty());
    assertSortedByCodeThenParty(e.findings());
  }

  // ---- generators ---------------------------------------------------------------------------

  /** Generated deals with evidence, as of a day around the term, with a shuffling seed. */
  private static Gen<Case> cases() {
    return EvidenceGenerators.dealsWithEvidence().flatMap(p ->
        EvidenceGenerators.datesAround(p._1.term()).zip(longs().all(),
            (asOf, seed) -> new Case(p._1, p._2, asOf, seed)));
  }

  /** Like {@link #cases()}, as of any day: around the term, far from it, or at its edges. */
  private static Gen<Case> casesOnAnyDate() {
    return EvidenceGenerators.dealsWithEvidence().flatMap(p ->
        anyDate(p._1.term()).map(asOf -> new Case(p._1, p._2, asOf, 0)));
  }

  private static Gen<LocalDate> anyDate(Term term) {
    Gen<LocalDate> anyDay = DealGenerators.datesIn(
        Term.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    Gen<LocalDate> edges = Generate.pick(List.of(term.start().minusDays(1), term.start(),
        term.end(), term.end().plusDays(1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    return Generate.frequency(Pair.of(6, EvidenceGenerators.datesAround(term)),
        Pair.of(2, anyDay), Pair.of(2, edges));
  }

  /**
   * Deals with at least one commitment judged by an at-least criterion, evidence for them, and
   * more records to add: dated in the term, naming only the deal's own parties and units, with
   * ids no record of the evidence has, and no joined parties.
   */
  private static Gen<Growth> growths() {
    return DealGenerators.dealsWithCommitments(atLeastCriteria()).flatMap(deal ->
        EvidenceGenerators.evidence(deal).zip(EvidenceGenerators.evidence(deal, 4),
            EvidenceGenerators.datesAround(deal.term()),
            (evidence, more, asOf) -> new Growth(deal, evidence, added(deal, more), asOf)));
  }

  /** At-least criteria over any record type, party field and condition. */
  private static Gen<Criterion> atLeastCriteria() {
    return Generate.enumValues(RecordType.class).flatMap(type -> integers().between(1, 3).zip(
        Generate.pick(type.partyFields()).toOptionals(60), DealGenerators.conditions(type),
        Generate.booleans(), (count, partyField, where, showTotal) ->
            (Criterion) new Criterion.AtLeast(count, type, partyField, where, showTotal)));
  }

  /**
   * The records of {@code more} that may be added without taking anything away: dated in the
   * term, naming only parties and units of {@code deal} (not joiners, not unknown names), with
   * fresh ids ({@code added-N}, a shape generated evidence never uses); no joined parties.
   */
  private static Evidence added(Deal deal, Evidence more) {
    AtomicInteger next = new AtomicInteger();
    Supplier<String> fresh = () -> "added-" + next.incrementAndGet();
    return ImmutableEvidence.builder()
        .trajectories(keep(deal, more.trajectories(),
            t -> ImmutableTrajectory.copyOf(t).withId(fresh.get())))
        .contributions(keep(deal, more.contributions(), r -> r))
        .policyIntegrations(keep(deal, more.policyIntegrations(), r -> r))
        .appointments(keep(deal, more.appointments(), r -> r))
        .workingGroups(keep(deal, more.workingGroups(),
            w -> ImmutableWorkingGroup.copyOf(w).withId(fresh.get())))
        .activities(keep(deal, more.activities(),
            a -> ImmutableActivity.copyOf(a).withId(fresh.get())))
        .communications(keep(deal, more.communications(), r -> r))
        .efforts(keep(deal, more.efforts(), r -> r))
        .instruments(keep(deal, more.instruments(),
            i -> ImmutableInstrument.copyOf(i).withId(fresh.get())))
        .knowledgeItems(keep(deal, more.knowledgeItems(),
            k -> ImmutableKnowledgeItem.copyOf(k).withId(fresh.get())))
        .publications(keep(deal, more.publications(), r -> r))
        .invitations(keep(deal, more.invitations(), r -> r))
        .barriers(keep(deal, more.barriers(),
            b -> ImmutableBarrier.copyOf(b).withId(fresh.get())))
        .build();
  }

  private static <T extends EvidenceRecord> List<T> keep(Deal deal, List<T> records,
      UnaryOperator<T> renamed) {
    return records.stream().filter(r -> inTerm(deal.term(), r) && namesOnlyKnownParties(deal, r))
        .map(renamed).toList();
  }

  private static boolean inTerm(Term term, EvidenceRecord r) {
    return r.type().datedByYear() ? term.containsYear(r.date().getYear())
        : term.contains(r.date());
  }

  private static boolean namesOnlyKnownParties(Deal deal, EvidenceRecord r) {
    return r.type().partyFields().stream().flatMap(f -> r.partiesIn(f).stream())
        .allMatch(name -> deal.find(name).isPresent());
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Commitment effort(String id) {
    return ImmutableCommitment.builder().id(CommitmentId.of(id)).title(LocalizedText.same(id))
        .text(LocalizedText.same(id)).binds(Binding.each(Role.PROCURING_PARTICIPANT))
        .obligation(Obligation.EFFORT).criterion(new Criterion.EffortRecord()).build();
  }

  private static List<Commitment> atLeastCommitments(Deal deal) {
    return deal.commitments().stream()
        .filter(c -> c.criterion() instanceof Criterion.AtLeast).toList();
  }

  /** The one finding of {@code after} with the code and party of {@code was}. */
  private static Finding sameSubject(Evaluation after, Finding was) {
    List<Finding> same = after.findings(was.code()).stream()
        .filter(f -> f.party().equals(was.party())).toList();
    assertThat(same).as("findings on %s for %s", was.code(), was.party()).hasSize(1);
    return same.get(0);
  }

  private static DataCode dataCode(String code) {
    return Arrays.stream(DataCode.values()).filter(d -> d.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("a finding without status has code " + code
            + ", which is no data code"));
  }

  /**
   * Checks the documented order without the engine's comparator: all findings of a code
   * together; codes of one prefix in numeric order (IP-2 before IP-10); within a code, the
   * deal-wide finding first, then by party id.
   */
  private static void assertSortedByCodeThenParty(List<Finding> findings) {
    Set<String> done = new HashSet<>();
    for (int i = 1; i < findings.size(); i++) {
      Finding a = findings.get(i - 1);
      Finding b = findings.get(i);
      if (!a.code().equals(b.code())) {
        done.add(a.code());
        assertThat(done).as("findings of %s come together", b.code()).doesNotContain(b.code());
        Matcher x = NUMBERED_CODE.matcher(a.code());
        Matcher y = NUMBERED_CODE.matcher(b.code());
        if (x.matches() && y.matches() && x.group(1).equals(y.group(1))) {
          assertThat(Long.parseLong(x.group(2))).as("%s before %s", a.code(), b.code())
              .isLessThanOrEqualTo(Long.parseLong(y.group(2)));
        }
      } else {
        String pa = a.party().map(PartyId::value).orElse("");
        String pb = b.party().map(PartyId::value).orElse("");
        assertThat(pa.compareTo(pb)).as("%s: party %s before %s", a.code(), pa, pb)
            .isLessThanOrEqualTo(0);
      }
    }
  }
}
