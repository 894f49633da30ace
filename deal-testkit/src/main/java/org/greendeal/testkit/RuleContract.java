package org.greendeal.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.rules.DataCode;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.EvaluationListener;
import org.greendeal.rules.Finding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The contract every {@link Rule} must keep, as JUnit 5 tests that a team inherits by
 * implementing this interface for its own rule: the rule has a usable id, judges empty evidence
 * without an exception, is deterministic and blind to the order of evidence records, and every
 * finding it makes carries the rule's id as its code and the severity of its status.
 *
 * <p>The rule is judged the way users meet it: added to the rule set compiled from {@link
 * #deal()} ({@code RuleSet.compile(deal()).with(rule())}) and evaluated by the engine on
 * evidence from {@link #evidence()}, as of dates from {@link #asOfDates()}, with QuickTheories
 * ({@link #examples()} examples per property; a failing example is shrunk and reported).
 *
 * <p>Usage: depend on {@code deal-testkit} at test scope (it brings JUnit's API and
 * QuickTheories), then, in the team's test sources:
 *
 * <pre>
 * class TrajectoryCapRuleTest implements RuleContract {
 *   &#64;Override
 *   public Rule rule() {
 *     return new TrajectoryCapRule();          // the team's own rule
 *   }
 *
 *   &#64;Override
 *   public Deal deal() {
 *     return OUR_DEAL;                         // a deal the rule is meant for
 *   }
 *
 *   // optional: aim the evidence at what the rule reads
 *   &#64;Override
 *   public Gen&lt;Evidence&gt; evidence() {
 *     return EvidenceGenerators.evidence(deal(), 40);
 *   }
 *
 *   &#64;Test
 *   void aParticipantWith101TrajectoriesExceedsTheCap() { ... }   // the rule's own examples
 * }
 * </pre>
 *
 * <p>{@link #examples()}, {@link #shrinkCycles()}, {@link #evidence()} and {@link #asOfDates()}
 * may be overridden. Each default test can also be called directly (for instance to show that a broken rule
 * fails it): a broken contract throws an {@link AssertionError}.
 */
public interface RuleContract {
  /** How many generated examples each property of the contract tries, unless overridden. */
  int DEFAULT_EXAMPLES = 50;

  /** How many attempts QuickTheories makes to shrink a failing example, unless overridden. */
  int DEFAULT_SHRINK_CYCLES = 1000;

  /** The rule under test. */
  Rule rule();

  /**
   * The deal the rule is added to; its id must not be one of the deal's commitment ids.
   */
  Deal deal();

  /**
   * The evidence the rule is judged on; by default {@link EvidenceGenerators#evidence(Deal)} for
   * {@link #deal()}.
   */
  default Gen<Evidence> evidence() {
    return EvidenceGenerators.evidence(deal());
  }

  /**
   * The as-of dates the evidence is judged on; by default {@link
   * EvidenceGenerators#datesAround} the deal's term (mostly in it, sometimes before or after).
   */
  default Gen<LocalDate> asOfDates() {
    return EvidenceGenerators.datesAround(deal().term());
  }

  /** How many generated examples each property tries; {@value #DEFAULT_EXAMPLES} by default. */
  default int examples() {
    return DEFAULT_EXAMPLES;
  }

  /**
   * How many attempts QuickTheories makes to shrink a failing example to a smaller one; {@value
   * #DEFAULT_SHRINK_CYCLES} by default. More gives smaller counter-examples and slower failures.
   */
  default int shrinkCycles() {
    return DEFAULT_SHRINK_CYCLES;
  }

  // ---- the contract ---------------------------------------------------------------------------

  /** The rule's id, the code of its findings, is neither null nor blank. */
  @Test
  default void ruleHasANonBlankId() {
    String id = rule().id();
    assertNotNull(id, "rule id is null");
    assertFalse(id.isBlank(), () -> "rule id is blank: \"" + id + "\"");
  }

  /**
   * The rule's id is free beside the deal's: no commitment of the deal has it, nor is it the code
   * of a data finding; so the rule can be added to the deal's rule set.
   */
  @Test
  default void ruleIdIsFreeInTheDealsRuleSet() {
    String id = rule().id();
    assertFalse(Arrays.stream(DataCode.values()).anyMatch(c -> c.code().equals(id)),
        () -> "rule id " + id + " is the code of data findings");
    assertFalse(deal().commitments().stream().anyMatch(c -> c.id().value().equals(id)),
        () -> "rule id " + id + " is taken by a commitment of deal " + deal().id());
    assertDoesNotThrow(() -> RuleSet.compile(deal()).with(rule()),
        () -> "rule " + id + " cannot be added to the rule set of deal " + deal().id());
  }

  /**
   * The rule judges empty evidence without an exception, as of the day before the term, its
   * first day, its last day and the day after; what it finds keeps the contract.
   */
  @Test
  default void ruleJudgesEmptyEvidenceWithoutException() {
    RuleSet rules = RuleSet.compile(deal()).with(rule());
    LocalDate start = deal().term().start();
    LocalDate end = deal().term().end();
    for (LocalDate asOf : List.of(start.minusDays(1), start, end, end.plusDays(1))) {
      List<Finding> made = new ArrayList<>();
      assertDoesNotThrow(() -> evaluate(rules, Evidence.empty(), asOf, made),
          () -> "rule " + rule().id() + " failed on empty evidence as of " + asOf);
      made.forEach(f -> assertOwnCodeAndSeverity(f, "empty evidence as of " + asOf));
    }
  }

  /**
   * Evaluating the same evidence twice, as of the same date, gives equal findings: the rule is a
   * pure function of its context.
   */
  @Test
  default void ruleIsDeterministic() {
    RuleSet rules = RuleSet.compile(deal()).with(rule());
    String id = rule().id();
    theory().forAll(evidence(), asOfDates()).checkAssert((evidence, asOf) -> {
      List<Finding> first = new ArrayList<>();
      List<Finding> second = new ArrayList<>();
      Evaluation once = evaluate(rules, evidence, asOf, first);
      Evaluation twice = evaluate(rules, evidence, asOf, second);
      assertEquals(first, second,
          () -> "rule " + id + " made other findings on a second evaluation as of " + asOf);
      assertEquals(once.findings(id), twice.findings(id),
          () -> "rule " + id + " made other findings on a second evaluation as of " + asOf);
    });
  }

  /**
   * Shuffling the records of every evidence list (a seeded shuffle) does not change the rule's
   * findings: evidence is a set of records, whatever order a file lists them in.
   */
  @Test
  default void ruleIgnoresTheOrderOfEvidence() {
    RuleSet rules = RuleSet.compile(deal()).with(rule());
    String id = rule().id();
    theory().forAll(evidence(), asOfDates(), longs().all())
        .checkAssert((evidence, asOf, seed) -> {
          Evaluation given = evaluate(rules, evidence, asOf, new ArrayList<>());
          Evaluation shuffled =
              evaluate(rules, Shuffle.evidence(evidence, seed), asOf, new ArrayList<>());
          assertEquals(given.findings(id), shuffled.findings(id),
              () -> "rule " + id + " made other findings when the evidence was shuffled with seed "
                  + seed + ", as of " + asOf);
        });
  }

  /**
   * Every finding the rule makes carries the rule's id as its code; data findings are the
   * engine's.
   */
  @Test
  default void everyFindingCarriesTheRuleIdAsCode() {
    RuleSet rules = RuleSet.compile(deal()).with(rule());
    String id = rule().id();
    theory().forAll(evidence(), asOfDates()).checkAssert((evidence, asOf) -> {
      List<Finding> made = new ArrayList<>();
      evaluate(rules, evidence, asOf, made);
      for (Finding f : made) {
        assertEquals(id, f.code(), () -> "rule " + id + " made a finding with code " + f.code()
            + " as of " + asOf + ": " + f);
      }
    });
  }

  /** A finding with a status has that status's severity ({@code NOT_MET} is an ERROR, ...). */
  @Test
  default void everyFindingHasTheSeverityOfItsStatus() {
    RuleSet rules = RuleSet.compile(deal()).with(rule());
    String id = rule().id();
    theory().forAll(evidence(), asOfDates()).checkAssert((evidence, asOf) -> {
      List<Finding> made = new ArrayList<>();
      evaluate(rules, evidence, asOf, made);
      for (Finding f : made) {
        f.status().ifPresent(s -> assertEquals(s.severity(), f.severity(), () -> "rule " + id
            + " made a finding with status " + s + " at severity " + f.severity()
            + " as of " + asOf + ": " + f));
      }
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** QuickTheories with this contract's examples and shrink cycles. */
  private QuickTheory theory() {
    return qt().withExamples(examples()).withShrinkCycles(shrinkCycles());
  }

  /** Asserts that {@code finding} has the rule's id as code and its status's severity. */
  private void assertOwnCodeAndSeverity(Finding finding, String when) {
    String id = rule().id();
    assertEquals(id, finding.code(),
        () -> "rule " + id + " made a finding with code " + finding.code() + " on " + when);
    finding.status().ifPresent(s -> assertEquals(s.severity(), finding.severity(),
        () -> "rule " + id + " made a finding with status " + s + " at severity "
            + finding.severity() + " on " + when));
  }

  /**
   * Evaluates {@code evidence} as of {@code asOf}, adding to {@code made} the findings the rule
   * under test returned (as it returned them); fails when it returned null or a null finding.
   */
  private Evaluation evaluate(RuleSet rules, Evidence evidence, LocalDate asOf,
      List<Finding> made) {
    String id = rule().id();
    return rules.evaluate(evidence, asOf, new EvaluationListener() {
      @Override
      public void afterRule(Rule rule, List<Finding> findings) {
        if (!rule.id().equals(id)) {
          return;
        }
        assertNotNull(findings, () -> "rule " + id + " returned null as of " + asOf);
        for (Finding f : findings) {
          assertNotNull(f, () -> "rule " + id + " returned a null finding as of " + asOf);
        }
        made.addAll(findings);
      }
    });
  }
}
