package org.greendeal.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/**
 * A quick check, without JMH, of how evaluation scales with the number of records: for each size
 * it evaluates the same synthetic evidence several times and prints the median wall time, the
 * median CPU time of the evaluating thread and the garbage-collection pauses, with the cost per
 * record. The thread's CPU time is disturbed far less than wall time by other processes on a
 * busy machine, so it shows the engine's own cost; JMH's {@link EvaluationBenchmark} remains the
 * measurement of record.
 *
 * <p>Usage: {@code java -Xms8g -Xmx8g -XX:+AlwaysPreTouch -cp benchmarks.jar
 * org.greendeal.benchmarks.Scaling [parties] [records,records,...] [repetitions]}; the defaults
 * are 1000 parties, 10000,100000,1000000 records and 6 repetitions, of which the first two are
 * warm-up and left out of the medians.
 */
public final class Scaling {
  private static final long SEED = 20180607L;
  private static final int WARM_UP = 2;

  private Scaling() {}

  /**
   * Runs the check.
   *
   * @param args parties, a comma-separated list of record counts and the repetitions per count
   */
  public static void main(String[] args) {
    int parties = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String sizes = args.length > 1 ? args[1] : "10000,100000,1000000";
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    if (repetitions <= WARM_UP) {
      throw new IllegalArgumentException("repetitions must exceed the " + WARM_UP
          + " warm-up runs: " + repetitions);
    }
    Deal deal = SyntheticDeal.build(parties);
    RuleSet rules = RuleSet.compile(deal);
    LocalDate asOf = deal.term().end();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%8s %9s %10s %10s %10s %12s %12s%n", "parties", "records", "wall ms",
        "cpu ms", "gc ms", "wall us/rec", "cpu us/rec");
    for (String size : sizes.split(",")) {
      int records = Integer.parseInt(size.trim());
      Evidence evidence = SyntheticEvidence.generate(deal, records, SEED);
      List<Long> wall = new ArrayList<>();
      List<Long> cpu = new ArrayList<>();
      List<Long> gc = new ArrayList<>();
      for (int i = 0; i < repetitions; i++) {
        long gc0 = gcMillis();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Evaluation evaluation = rules.evaluate(evidence, asOf);
        long wallNanos = System.nanoTime() - wall0;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
        if (evaluation.findings().isEmpty()) {
          throw new IllegalStateException("an evaluation without findings");
        }
        if (i >= WARM_UP) {
          wall.add(wallNanos);
          cpu.add(cpuNanos);
          gc.add(gcMillis() - gc0);
        }
      }
      long wallMedian = median(wall);
      long cpuMedian = median(cpu);
      System.out.printf("%8d %9d %10d %10d %10d %12.2f %12.2f%n", parties, records,
          wallMedian / 1_000_000, cpuMedian / 1_000_000, median(gc),
          wallMedian / 1000.0 / records, cpuMedian / 1000.0 / records);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, bean.getCollectionTime());
    }
    return total;
  }
}
