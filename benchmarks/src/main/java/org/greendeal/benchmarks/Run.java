package org.greendeal.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks from an IDE or the command line. Without arguments it runs every benchmark
 * of this package with one fork, two warm-up and three measurement iterations (as
 * docs/PERFORMANCE.md does); with arguments it hands them to JMH's own command line ({@code
 * org.openjdk.jmh.Main}), so {@code Run -f 1 -wi 2 -i 3 EvaluationBenchmark -p records=10000}
 * works as with {@code java -jar benchmarks.jar}.
 */
public final class Run {
  private Run() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH command-line options; none for the defaults above
   * @throws Exception when JMH fails to run them
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    run();
  }

  private static void run() throws RunnerException {
    Options options = new OptionsBuilder()
        .include(Run.class.getPackageName() + "\\..*Benchmark")
        .forks(1)
        .warmupIterations(2)
        .measurementIterations(3)
        .build();
    new Runner(options).run();
  }
}
