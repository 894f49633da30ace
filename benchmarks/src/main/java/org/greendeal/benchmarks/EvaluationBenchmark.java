package org.greendeal.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link RuleSet#evaluate(Evidence, LocalDate)} takes to judge {@code records} synthetic
 * records against a synthetic deal of {@code parties} parties, as of the term's end. The deal is
 * built, its rule set compiled and the evidence generated once per trial, outside the
 * measurement; only the evaluation is timed (average time per evaluation, in milliseconds).
 *
 * <p>The fork gets a fixed, pre-touched 8 GiB heap: one evaluation of a million records allocates
 * about 2.9 GB, and without pre-touching, the page faults of a heap still growing made the first
 * iterations several times slower than the later ones on the 2-core reference machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class EvaluationBenchmark {
  /** The number of evidence records. */
  @Param({"10000", "100000", "1000000"})
  public int records;

  /** The number of parties of the deal (units not counted). */
  @Param({"1000"})
  public int parties;

  /** The seed of the evidence generator. */
  @Param({"20180607"})
  public long seed;

  private RuleSet rules;
  private Evidence evidence;
  private LocalDate asOf;

  /** Builds the deal, compiles its rule set and generates the evidence, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Deal deal = SyntheticDeal.build(parties);
    rules = RuleSet.compile(deal);
    evidence = SyntheticEvidence.generate(deal, records, seed);
    asOf = deal.term().end();
  }

  /** Judges the evidence; the evaluation is returned so that it is not optimised away. */
  @Benchmark
  public Evaluation evaluate() {
    return rules.evaluate(evidence, asOf);
  }
}
