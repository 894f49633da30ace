/**
 * JMH benchmarks of the rules engine, and the synthetic deal and evidence they run on: {@link
 * org.greendeal.benchmarks.SyntheticDeal} builds a deal shaped like the built-in one for any
 * number of parties, {@link org.greendeal.benchmarks.SyntheticEvidence} generates reproducible
 * evidence for it. The build runs none of the benchmarks; docs/PERFORMANCE.md says how to run
 * them and what they gave.
 */
package org.greendeal.benchmarks;
