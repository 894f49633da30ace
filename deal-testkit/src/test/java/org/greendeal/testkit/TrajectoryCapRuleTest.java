package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.PartyId;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Severity;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/** A team's rule under the {@link RuleContract}, with its own examples beside the contract's. */
class TrajectoryCapRuleTest implements RuleContract {
  private static final Deal DEAL = ExampleDeal.deal();

  @Override
  public Rule rule() {
    return new TrajectoryCapRule();
  }

  @Override
  public Deal deal() {
    return DEAL;
  }

  @Test
  void procuringParticipantWith100TrajectoriesIsWithinTheCap() {
    Finding f = capFinding(trajectories("pp-a", 100), "pp-a");
    assertThat(f.status()).contains(Status.WITHIN_LIMIT);
    assertThat(f.actual()).contains(100);
  }

  @Test
  void procuringParticipantWith101TrajectoriesExceedsTheCap() {
    Finding f = capFinding(trajectories("pp-a", 101), "pp-a");
    assertThat(f.status()).contains(Status.EXCEEDED);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.actual()).contains(101);
    assertThat(f.required()).contains(100);
    assertThat(f.evidence()).hasSize(101);
  }

  @Test
  void everyProcuringParticipantHasACapFindingAndNoOtherPartyHas() {
    Evaluation e = RuleSet.compile(DEAL).with(rule()).evaluate(trajectories("pp-a", 1).build());
    assertThat(e.findings(TrajectoryCapRule.ID)).extracting(f -> f.party().orElseThrow().value())
        .containsExactly("pp-a", "pp-b", "pp-late");
  }

  private Finding capFinding(ImmutableEvidence.Builder evidence, String party) {
    Evaluation e = RuleSet.compile(DEAL).with(rule()).evaluate(evidence.build());
    return e.finding(TrajectoryCapRule.ID, PartyId.of(party)).orElseThrow();
  }

  private static ImmutableEvidence.Builder trajectories(String party, int count) {
    ImmutableEvidence.Builder evidence = ImmutableEvidence.builder();
    for (int i = 1; i <= count; i++) {
      evidence.addTrajectories(ImmutableTrajectory.builder().id("t" + i).party(party)
          .title("Traject " + i).kind(TrajectoryKind.NEW)
          .started(LocalDate.of(2019, 1, 1).plusDays(i)).build());
    }
    return evidence;
  }
}
