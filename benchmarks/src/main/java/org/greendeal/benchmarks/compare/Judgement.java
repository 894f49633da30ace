package org.greendeal.benchmarks.compare;

import java.util.List;

/**
 * What a judge found and how long it took, by its own clock.
 *
 * @param outcomes the findings on {@link Outcome#CODES}, in {@link Outcome#ORDER}
 * @param setupNanos loading the deal and compiling the rules, once per process
 * @param readNanos reading the file into the judge's facts; -1 where reading and judging are one
 *     pass that cannot be told apart
 * @param judgeNanos judging: from the facts (or, for a single pass, from the file) to findings
 */
public record Judgement(List<Outcome> outcomes, long setupNanos, long readNanos, long judgeNanos) {
  /** Sorts the outcomes. */
  public Judgement {
    outcomes = outcomes.stream().sorted(Outcome.ORDER).toList();
  }
}
