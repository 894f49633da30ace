package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.greendeal.testkit.DealGenerators;
import org.greendeal.testkit.EvidenceGenerators;
import org.junit.jupiter.api.Test;

/** Any generated deal and any generated evidence survive a YAML and a JSON round trip unchanged. */
class CodecRoundTripProperties {
  @Test
  void anyDealSurvivesYamlAndJson() {
    qt().withExamples(200).withShrinkCycles(200).forAll(DealGenerators.deals()).checkAssert(deal -> {
      assertThat(DealFiles.read("deal.yaml", DealFiles.toYaml(deal))).isEqualTo(deal);
      assertThat(DealFiles.read("deal.json", DealFiles.toJson(deal))).isEqualTo(deal);
    });
  }

  @Test
  void anyEvidenceSurvivesYamlAndJson() {
    qt().withExamples(200).withShrinkCycles(200).forAll(EvidenceGenerators.evidence()).checkAssert(evidence -> {
      assertThat(EvidenceFiles.read("evidence.yaml", EvidenceFiles.toYaml(evidence))).isEqualTo(evidence);
      assertThat(EvidenceFiles.read("evidence.json", EvidenceFiles.toJson(evidence))).isEqualTo(evidence);
    });
  }
}
