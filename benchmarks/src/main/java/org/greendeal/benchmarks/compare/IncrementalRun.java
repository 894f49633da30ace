package org.greendeal.benchmarks.compare;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.rules.RuleSet;

/**
 * The incremental goal: one added record re-judged against a full evaluation of the same
 * evidence. Uses the {@link Incremental} registered in this module; without one it says that this
 * is not yet possible and exits with {@link Compare#UNSUPPORTED}.
 */
final class IncrementalRun {
  private static final int FULL_RUNS = 5;
  private static final int ADDED = 200;

  private IncrementalRun() {}

  static int run(Path file, PrintStream out, PrintStream err) {
    Optional<Incremental> incremental = ServiceLoader.load(Incremental.class).findFirst();
    if (incremental.isEmpty()) {
      err.println("not yet possible: no incremental API (no " + Incremental.class.getName()
          + " is registered)");
      return Compare.UNSUPPORTED;
    }
    RuleSet rules = RuleSet.compile(DealCatalog.standard().builtIn());
    Evidence evidence = EvidenceFiles.read(file);
    long[] full = new long[FULL_RUNS];
    for (int i = 0; i < FULL_RUNS; i++) {
      long start = System.nanoTime();
      rules.evaluate(evidence);
      full[i] = System.nanoTime() - start;
    }
    incremental.get().start(rules, evidence);
    long[] one = new long[ADDED];
    for (int i = 0; i < ADDED; i++) {
      EvidenceRecord added = ImmutableTrajectory.builder().id("added-" + i).party("provincie-utrecht")
          .title("Toegevoegd traject " + i).kind(TrajectoryKind.NEW)
          .started(LocalDate.of(2019, 1, 1).plusDays(i)).build();
      long start = System.nanoTime();
      incremental.get().add(added);
      one[i] = System.nanoTime() - start;
    }
    out.printf(Locale.ROOT, "full_us=%d one_us=%d%n", median(full) / 1000, median(one) / 1000);
    return 0;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
