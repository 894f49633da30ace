package org.greendeal.benchmarks.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line of the side-by-side comparison, run by {@code benchmarks/compare/run}; each
 * judge runs in a fresh process of its own.
 *
 * <pre>
 * generate SEED RECORDS DIR        writes DIR/evidence-RECORDS.json and DIR/evidence-RECORDS.jsonl
 * judge NAME FILE OUT              judges FILE with judge NAME, writes its findings to OUT and
 *                                  prints its own timings; exit 4 if it cannot read the format
 * cli-findings JSON OUT            the findings of `greendeal check --format json`, as OUT
 * agree OUT...                     exit 0 if all findings files agree, else 1 with the differences
 * incremental FILE                 full evaluation against one added record; exit 4 if impossible
 * report MEASUREMENTS DOC          writes the table of MEASUREMENTS into DOC's marked section
 * </pre>
 */
public final class Compare {
  /** Exit status of a judge that cannot do what it is asked (a format, an API): not an error. */
  public static final int UNSUPPORTED = 4;

  private Compare() {}

  /** The judges by name. */
  public static Map<String, Judge> judges() {
    Map<String, Judge> judges = new LinkedHashMap<>();
    for (Judge judge : List.of(new StreamingJudge(), new DroolsJudge(), new EasyRulesJudge(),
        new ProjectJudge())) {
      judges.put(judge.name(), judge);
    }
    return judges;
  }

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    if (args.length == 0) {
      err.println("usage: generate|judge|cli-findings|agree|incremental|report ...");
      return 2;
    }
    switch (args[0]) {
      case "generate" -> {
        long seed = Long.parseLong(args[1]);
        int records = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        Files.createDirectories(dir);
        Path json = dir.resolve("evidence-" + records + ".json");
        Path lines = dir.resolve("evidence-" + records + ".jsonl");
        EvidenceGenerator.write(seed, records, json, lines);
        out.println(json);
        out.println(lines);
        return 0;
      }
      case "judge" -> {
        Judge judge = judges().get(args[1]);
        if (judge == null) {
          err.println("unknown judge " + args[1] + "; known: " + judges().keySet());
          return 2;
        }
        Judgement judgement;
        try {
          judgement = judge.judge(Path.of(args[2]));
        } catch (UnsupportedOperationException e) {
          err.println(judge.name() + ": " + e.getMessage());
          return UNSUPPORTED;
        }
        write(judgement.outcomes(), Path.of(args[3]));
        out.printf(Locale.ROOT, "setup_ms=%d read_ms=%d judge_ms=%d findings=%d%n",
            millis(judgement.setupNanos()), millis(judgement.readNanos()),
            millis(judgement.judgeNanos()), judgement.outcomes().size());
        return 0;
      }
      case "cli-findings" -> {
        write(CliFindings.read(Path.of(args[1])), Path.of(args[2]));
        return 0;
      }
      case "agree" -> {
        Map<String, List<Outcome>> findings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
          findings.put(Path.of(args[i]).getFileName().toString(), read(Path.of(args[i])));
        }
        List<String> differences = Agreement.differences(findings);
        if (differences.isEmpty()) {
          out.println("agree: " + findings.size() + " judges, "
              + findings.values().iterator().next().size() + " findings each, all equal");
          return 0;
        }
        err.println("agree: the judges disagree on " + differences.size() + " findings:");
        differences.stream().limit(10).forEach(err::println);
        return 1;
      }
      case "incremental" -> {
        return IncrementalRun.run(Path.of(args[1]), out, err);
      }
      case "report" -> {
        Report.write(Path.of(args[1]), Path.of(args[2]));
        return 0;
      }
      default -> {
        err.println("unknown command " + args[0]);
        return 2;
      }
    }
  }

  private static long millis(long nanos) {
    return nanos < 0 ? -1 : Math.round(nanos / 1e6);
  }

  static void write(List<Outcome> outcomes, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    outcomes.forEach(o -> lines.add(o.line()));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static List<Outcome> read(Path file) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      outcomes.add(new Outcome(f[0], f[1], f[2], f[3].equals("-") ? null : Integer.valueOf(f[3]),
          f[4].equals("-") ? null : Integer.valueOf(f[4]),
          f[5].isEmpty() ? List.of() : List.of(f[5].split(","))));
    }
    return outcomes;
  }
}
