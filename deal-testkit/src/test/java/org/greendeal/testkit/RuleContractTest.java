package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.greendeal.model.Trajectory;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Finding;
import org.greendeal.rules.ImmutableFinding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.Severity;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Broken rules fail the {@link RuleContract}: each default test catches what it is for. */
class RuleContractTest {
  private static final Deal DEAL = ExampleDeal.deal();

  @Test
  void aRuleThatCountsItsCallsIsNotDeterministic() {
    AtomicInteger calls = new AtomicInteger();
    RuleContract contract = contract(rule("COUNTER-1", context ->
        List.of(finding("COUNTER-1", "call " + calls.incrementAndGet()))));
    assertThatThrownBy(contract::ruleIsDeterministic).isInstanceOf(AssertionError.class)
        .hasMessageContaining("second evaluation");
  }

  @Test
  void aRuleThatReadsTheFirstTrajectoryAsGivenDependsOnTheOrderOfEvidence() {
    RuleContract contract = contract(rule("FIRST-1", context -> List.of(finding("FIRST-1",
        context.evidence().trajectories().stream().findFirst().map(Trajectory::ref)
            .orElse("none")))));
    assertThatCode(contract::ruleIsDeterministic).doesNotThrowAnyException();
    assertThatThrownBy(contract::ruleIgnoresTheOrderOfEvidence)
        .isInstanceOf(AssertionError.class).hasMessageContaining("shuffled");
  }

  @Test
  void aRuleThatMakesFindingsUnderAnotherCodeBreaksTheContract() {
    RuleContract contract = contract(rule("MINE-1", context ->
        List.of(finding("THEIRS-1", "borrowed code"))));
    assertThatCode(contract::ruleIsDeterministic).doesNotThrowAnyException();
    assertThatThrownBy(contract::everyFindingCarriesTheRuleIdAsCode)
        .isInstanceOf(AssertionError.class).hasMessageContaining("THEIRS-1");
    assertThatThrownBy(contract::ruleJudgesEmptyEvidenceWithoutException)
        .isInstanceOf(AssertionError.class).hasMessageContaining("THEIRS-1");
  }

  @Test
  void aFindingWhoseSeverityIsNotItsStatusesBreaksTheContract() {
    RuleContract contract = contract(rule("LENIENT-1", context ->
        List.of(new LenientFinding("LENIENT-1"))));
    assertThatCode(contract::everyFindingCarriesTheRuleIdAsCode).doesNotThrowAnyException();
    assertThatThrownBy(contract::everyFindingHasTheSeverityOfItsStatus)
        .isInstanceOf(AssertionError.class).hasMessageContaining("NOT_MET at severity INFO");
  }

  @Test
  void aRuleThatReturnsNullBreaksTheContract() {
    RuleContract contract = contract(rule("NULL-1", context -> null));
    assertThatThrownBy(contract::everyFindingCarriesTheRuleIdAsCode)
        .isInstanceOf(AssertionError.class).hasMessageContaining("returned null");
  }

  @Test
  void aRuleThatFailsOnEmptyEvidenceBreaksTheContract() {
    RuleContract contract = contract(rule("EMPTY-1", context ->
        List.of(finding("EMPTY-1", context.evidence().trajectories().get(0).ref()))));
    assertThatThrownBy(contract::ruleJudgesEmptyEvidenceWithoutException)
        .isInstanceOf(AssertionError.class).hasMessageContaining("empty evidence");
  }

  @Test
  void aBlankIdBreaksTheContract() {
    assertThatThrownBy(contract(rule(" ", context -> List.of()))::ruleHasANonBlankId)
        .isInstanceOf(AssertionError.class).hasMessageContaining("blank");
  }

  @Test
  void anIdTakenByACommitmentOrADataCodeBreaksTheContract() {
    assertThatThrownBy(contract(rule("IP-1", context -> List.of()))::ruleIdIsFreeInTheDealsRuleSet)
        .isInstanceOf(AssertionError.class).hasMessageContaining("taken by a commitment");
    assertThatThrownBy(contract(rule("DATA-UNKNOWN-PARTY", context -> List.of()))
        ::ruleIdIsFreeInTheDealsRuleSet)
        .isInstanceOf(AssertionError.class).hasMessageContaining("data findings");
  }

  // ---- broken rules ----------------------------------------------------------------------------

  private interface Body {
    List<Finding> evaluate(EvaluationContext context);
  }

  private static Rule rule(String id, Body body) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Finding> evaluate(EvaluationContext context) {
        return body.evaluate(context);
      }
    };
  }

  private static RuleContract contract(Rule rule) {
    return new RuleContract() {
      @Override
      public Rule rule() {
        return rule;
      }

      @Override
      public Deal deal() {
        return DEAL;
      }

      @Override
      public Gen<Evidence> evidence() {
        return EvidenceGenerators.evidence(DEAL, 3);
      }

      @Override
      public int examples() {
        return 20;
      }

      @Override
      public int shrinkCycles() {
        return 100;
      }
    };
  }

  private static Finding finding(String code, String message) {
    return ImmutableFinding.builder().code(code).status(Status.REPORTED)
        .severity(Status.REPORTED.severity()).message(LocalizedText.same(message)).build();
  }

  /** A finding made without the Immutables builder, which would refuse it: NOT_MET at INFO. */
  private static final class LenientFinding extends Finding {
    private final String code;

    LenientFinding(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Optional<PartyId> party() {
      return Optional.empty();
    }

    @Override
    public Optional<Status> status() {
      return Optional.of(Status.NOT_MET);
    }

    @Override
    public Severity severity() {
      return Severity.INFO;
    }

    @Override
    public Optional<Integer> actual() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> required() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> total() {
      return Optional.empty();
    }

    @Override
    public List<String> evidence() {
      return List.of();
    }

    @Override
    public LocalizedText message() {
      return LocalizedText.same("lenient");
    }
  }
}
