package org.greendeal.benchmarks.compare;

import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.rules.RuleSet;

/**
 * How the comparison re-judges after one added record, once the engine can: an implementation,
 * registered in {@code META-INF/services/org.greendeal.benchmarks.compare.Incremental} of this
 * module, adapts the engine's incremental API (issue 12, item 5) to these two calls. While none
 * is registered the comparison reports that this is not yet possible.
 */
public interface Incremental {
  /** Judges {@code evidence} in full and keeps the state to update. */
  void start(RuleSet rules, Evidence evidence);

  /** Adds {@code record} to the state and returns how many findings changed. */
  int add(EvidenceRecord record);
}
