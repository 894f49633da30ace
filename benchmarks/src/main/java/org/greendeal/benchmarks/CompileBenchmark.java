package org.greendeal.benchmarks;

import java.util.concurrent.TimeUnit;
import org.greendeal.model.Deal;
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
 * How long {@link RuleSet#compile(Deal)} takes for a synthetic deal of {@code parties} parties
 * and its 24 commitments (average time per compilation, in microseconds). The deal is built once
 * per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class CompileBenchmark {
  /** The number of parties of the deal (units not counted). */
  @Param({"1000"})
  public int parties;

  private Deal deal;

  /** Builds the deal once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    deal = SyntheticDeal.build(parties);
  }

  /** Compiles the deal's commitments into a rule set. */
  @Benchmark
  public RuleSet compile() {
    return RuleSet.compile(deal);
  }
}
