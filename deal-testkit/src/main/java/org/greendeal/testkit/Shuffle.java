package org.greendeal.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableEvidence;

/** Puts the records of evidence in another order, list by list, for order properties. */
final class Shuffle {
  private Shuffle() {}

  /**
   * {@code evidence} with every list (joined parties included) shuffled by {@code random}; the
   * same records, the same named deal.
   */
  static Evidence evidence(Evidence evidence, Random random) {
    return ImmutableEvidence.builder()
        .deal(evidence.deal())
        .joined(shuffled(evidence.joined(), random))
        .trajectories(shuffled(evidence.trajectories(), random))
        .contributions(shuffled(evidence.contributions(), random))
        .policyIntegrations(shuffled(evidence.policyIntegrations(), random))
        .appointments(shuffled(evidence.appointments(), random))
        .workingGroups(shuffled(evidence.workingGroups(), random))
        .activities(shuffled(evidence.activities(), random))
        .communications(shuffled(evidence.communications(), random))
        .efforts(shuffled(evidence.efforts(), random))
        .instruments(shuffled(evidence.instruments(), random))
        .knowledgeItems(shuffled(evidence.knowledgeItems(), random))
        .publications(shuffled(evidence.publications(), random))
        .invitations(shuffled(evidence.invitations(), random))
        .barriers(shuffled(evidence.barriers(), random))
        .build();
  }

  /** {@code evidence} shuffled with a {@link Random} seeded with {@code seed}. */
  static Evidence evidence(Evidence evidence, long seed) {
    return evidence(evidence, new Random(seed));
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
