package org.greendeal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Role;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/** The synthetic deal and evidence: reproducible, and judged with a finding on every commitment. */
class SyntheticDataTest {
  private static final int PARTIES = 100;
  private static final int RECORDS = 2_000;
  private static final long SEED = 20180607L;

  private final Deal deal = SyntheticDeal.build(PARTIES);

  @Test
  void theDealIsShapedLikeTheBuiltInOne() {
    Deal fortyEight = SyntheticDeal.build(48);
    assertThat(fortyEight.partiesWith(Role.FACILITATING_PARTNER)).hasSize(2);
    assertThat(fortyEight.partiesWith(Role.KNOWLEDGE_PARTNER)).hasSize(12);
    assertThat(fortyEight.partiesWith(Role.PROCURING_PARTICIPANT)).hasSize(31);
    assertThat(fortyEight.partiesWith(Role.NATIONAL_GOVERNMENT)).hasSize(3);
    assertThat(fortyEight.units()).hasSize(3);
    assertThat(deal.parties()).hasSize(PARTIES);
    assertThat(deal.commitments()).extracting(c -> c.id().value()).containsExactly(
        "P-1", "P-2", "P-3", "P-4", "IP-1", "IP-2", "IP-3", "IP-4", "IP-5",
        "FP-1", "FP-2", "FP-3", "FP-4", "FP-5", "FP-6", "KP-1", "KP-2", "KP-3", "KP-4",
        "R-1", "R-2", "R-3", "R-4", "D-1");
  }

  @Test
  void theSameSeedGivesEqualEvidence() {
    Evidence first = SyntheticEvidence.generate(deal, RECORDS, SEED);
    Evidence second = SyntheticEvidence.generate(SyntheticDeal.build(PARTIES), RECORDS, SEED);
    assertThat(first.size()).isEqualTo(RECORDS);
    assertThat(second).isEqualTo(first);
    assertThat(SyntheticEvidence.generate(deal, RECORDS, SEED + 1)).isNotEqualTo(first);
  }

  @Test
  void everyRecordTypeIsGenerated() {
    Evidence evidence = SyntheticEvidence.generate(deal, RECORDS, SEED);
    for (List<?> records : List.of(evidence.trajectories(), evidence.contributions(),
        evidence.policyIntegrations(), evidence.appointments(), evidence.workingGroups(),
        evidence.activities(), evidence.communications(), evidence.efforts(),
        evidence.instruments(), evidence.knowledgeItems(), evidence.publications(),
        evidence.invitations(), evidence.barriers())) {
      assertThat(records).isNotEmpty();
    }
  }

  @Test
  void evaluationFindsOnEveryCommitmentAndReportsTheIrregularities() {
    Evidence evidence = SyntheticEvidence.generate(deal, RECORDS, SEED);
    Evaluation evaluation = RuleSet.compile(deal).evaluate(evidence, deal.term().end());

    for (Commitment commitment : deal.commitments()) {
      assertThat(evaluation.findings(commitment.id().value()))
          .as("findings on %s", commitment.id()).isNotEmpty();
    }
    assertThat(evaluation.findings("DATA-OUT-OF-TERM")).isNotEmpty();
    assertThat(evaluation.findings("DATA-UNKNOWN-PARTY")).isNotEmpty();
    assertThat(evaluation.findings("DATA-DUPLICATE-ID")).isNotEmpty();
    assertThat(evaluation.findings("DATA-ROLE-MISMATCH")).isNotEmpty();
    assertThat(evaluation.findings("DATA-ANNEX-COUNT")).isEmpty();
    assertThat(evaluation.findings("D-1")).anyMatch(f -> f.status().equals(
        java.util.Optional.of(Status.VIOLATED)));
    assertThat(evaluation.summary()).containsKeys(Status.REPORTED, Status.MET);
  }
}
