package org.greendeal.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the measurements of {@code benchmarks/compare/run} as tables into the section of
 * docs/PERFORMANCE.md between {@link #BEGIN} and {@link #END}, replacing what was there: the
 * issue's goals, each met or with its measured distance, then every judge's wall time, judging
 * time and peak memory per size and format, as ratios to the streaming pass (a).
 *
 * <p>The measurements are tab-separated lines, the first word saying what they are:
 * <pre>
 * meta KEY VALUE
 * judge RECORDS FORMAT JUDGE ROUND WALL_MS RSS_KB SETUP_MS READ_MS JUDGE_MS
 * unsupported RECORDS FORMAT JUDGE REASON
 * startup WHAT ROUND WALL_MS RSS_KB            (WHAT: hello or check)
 * web ENDPOINT REQUESTS_PER_S                  (ENDPOINT: health or findings-after-write)
 * web-skipped REASON
 * incremental RECORDS FULL_US ONE_US
 * incremental-unsupported RECORDS REASON
 * </pre>
 */
final class Report {
  static final String BEGIN = "<!-- compare:begin (written by benchmarks/compare/run; edits here are lost) -->";
  static final String END = "<!-- compare:end -->";

  private static final String A = "streaming";
  private static final List<String> JUDGES = List.of(A, "drools", "easy-rules", "project", "cli");
  private static final Map<String, String> LABELS = Map.of(
      A, "(a) streaming pass, hand-written",
      "drools", "(b) Drools 10.2.0, DRL",
      "easy-rules", "(c) Easy Rules 4.1.0",
      "project", "(d) the project's API",
      "cli", "(e) `greendeal check --format json`");

  /** One judge's timed runs at one size and format. */
  private record Runs(List<Double> wall, List<Double> rss, List<Double> judging) {
    Runs() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  private final Map<String, String> meta = new LinkedHashMap<>();
  private final Map<String, Map<String, Runs>> runs = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> unsupported = new LinkedHashMap<>();
  private final Map<String, Runs> startup = new LinkedHashMap<>();
  private final Map<String, Double> web = new LinkedHashMap<>();
  private String webSkipped;
  private final Map<Integer, double[]> incremental = new TreeMap<>();
  private final Map<Integer, String> incrementalUnsupported = new TreeMap<>();

  private Report() {}

  static void write(Path measurements, Path doc) throws IOException {
    Report report = new Report();
    for (String line : Files.readAllLines(measurements, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        report.add(line.split("\t", -1));
      }
    }
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    Files.writeString(doc, replaceSection(text, report.markdown()), StandardCharsets.UTF_8);
  }

  /** {@code text} with its marked section replaced by {@code section}, or with it appended. */
  static String replaceSection(String text, String section) {
    String block = BEGIN + "\n" + section + END;
    int begin = text.indexOf(BEGIN.substring(0, BEGIN.indexOf('(')));
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + block + "\n";
    }
    return text.substring(0, begin) + block + text.substring(end + END.length());
  }

  private void add(String[] f) {
    switch (f[0]) {
      case "meta" -> meta.put(f[1], f[2]);
      case "judge" -> {
        Runs r = runs.computeIfAbsent(f[1] + "\t" + f[2], k -> new LinkedHashMap<>())
            .computeIfAbsent(f[3], k -> new Runs());
        r.wall().add(Double.parseDouble(f[5]));
        r.rss().add(Double.parseDouble(f[6]));
        double judging = Double.parseDouble(f[9]);
        if (judging >= 0) {
          r.judging().add(judging);
        }
      }
      case "unsupported" -> unsupported.computeIfAbsent(f[1] + "\t" + f[2], k -> new LinkedHashMap<>())
          .put(f[3], f[4]);
      case "startup" -> {
        Runs r = startup.computeIfAbsent(f[1], k -> new Runs());
        r.wall().add(Double.parseDouble(f[3]));
        r.rss().add(Double.parseDouble(f[4]));
      }
      case "web" -> web.put(f[1], Double.parseDouble(f[2]));
      case "web-skipped" -> webSkipped = f[1];
      case "incremental" -> incremental.put(Integer.parseInt(f[1]),
          new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
      case "incremental-unsupported" -> incrementalUnsupported.put(Integer.parseInt(f[1]), f[2]);
      default -> throw new IllegalArgumentException("unknown measurement: " + String.join(" ", f));
    }
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("\n## Side by side: the goals of issue 12\n\n");
    md.append("Written by `benchmarks/compare/run` on ").append(meta.getOrDefault("date", "?"))
        .append(" at commit ").append(meta.getOrDefault("commit", "?")).append(": ")
        .append(meta.getOrDefault("machine", "?")).append("; ")
        .append(meta.getOrDefault("java", "?")).append("; seed ")
        .append(meta.getOrDefault("seed", "?")).append(", ").append(meta.getOrDefault("rounds", "?"))
        .append(" timed rounds per size (median shown), load average ")
        .append(meta.getOrDefault("load-before", "?")).append(" before and ")
        .append(meta.getOrDefault("load-after", "?")).append(" after the run.")
        .append(" Every judge agreed with every other on every finding of every file before any was timed.\n\n");
    goals(md);
    md.append("\n### Every judge, as ratios to (a)\n\n");
    md.append("Wall time and peak RSS are those of the whole process (`/usr/bin/time`); judging is the\n")
        .append("judge's own clock from its facts to its findings, without reading the file (for (a),\n")
        .append("whose reading and judging are one pass, the pass; the command line reports none).\n\n");
    md.append("| records | format | judge | wall | × (a) | judging | × (a) | peak RSS | × (a) |\n");
    md.append("|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<String, Runs>> e : sorted(runs).entrySet()) {
      String[] key = e.getKey().split("\t");
      Runs a = e.getValue().get(A);
      for (String judge : JUDGES) {
        Runs r = e.getValue().get(judge);
        String notes = unsupported.getOrDefault(e.getKey(), Map.of()).get(judge);
        if (r == null && notes == null) {
          continue;
        }
        md.append("| ").append(String.format(Locale.ROOT, "%,d", Integer.parseInt(key[0])))
            .append(" | ").append(key[1]).append(" | ").append(LABELS.get(judge)).append(" | ");
        if (r == null) {
          md.append("not yet possible: ").append(notes.replace("|", "\\|")).append(" | | | | | |\n");
          continue;
        }
        double wall = median(r.wall());
        double judging = median(r.judging());
        double rss = median(r.rss());
        md.append(seconds(wall)).append(" | ").append(ratio(wall, a == null ? Double.NaN : median(a.wall())))
            .append(" | ").append(Double.isNaN(judging) ? "–" : seconds(judging)).append(" | ")
            .append(Double.isNaN(judging) ? "–" : ratio(judging, a == null ? Double.NaN : median(a.judging())))
            .append(" | ").append(megabytes(rss)).append(" | ")
            .append(ratio(rss, a == null ? Double.NaN : median(a.rss()))).append(" |\n");
      }
    }
    return md.toString();
  }

  private static Map<String, Map<String, Runs>> sorted(Map<String, Map<String, Runs>> byKey) {
    Map<String, Map<String, Runs>> sorted = new TreeMap<>((x, y) -> {
      String[] a = x.split("\t");
      String[] b = y.split("\t");
      int bySize = Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]));
      return bySize != 0 ? bySize : a[1].compareTo(b[1]);
    });
    sorted.putAll(byKey);
    return sorted;
  }

  private void goals(StringBuilder md) {
    md.append("| goal | target | measured | verdict |\n|---|---|---|---|\n");
    Optional<String> largest = runs.keySet().stream().filter(k -> k.endsWith("\tjson"))
        .max((x, y) -> Integer.compare(size(x), size(y)));
    Optional<String> largestLines = runs.keySet().stream()
        .filter(k -> k.endsWith("\tjsonl") && runs.get(k).containsKey("cli"))
        .max((x, y) -> Integer.compare(size(x), size(y)));
    for (Optional<String> key : List.of(largest, largestLines)) {
      if (key.isEmpty()) {
        continue;
      }
      Map<String, Runs> at = runs.get(key.get());
      String where = String.format(Locale.ROOT, "%,d records, %s", size(key.get()),
          key.get().split("\t")[1]) + (size(key.get()) < 1_000_000 ? " (the goal names 1,000,000; not run)" : "");
      Runs a = at.get(A);
      Runs cli = at.get("cli");
      if (a != null && cli != null) {
        row(md, "end to end: `check` wall time against (a), " + where, "at most 1.3×",
            median(cli.wall()) / median(a.wall()), 1.3, false,
            seconds(median(cli.wall())) + " against " + seconds(median(a.wall())));
        row(md, "end to end: `check` peak RSS against (a), " + where, "at most 1.5×",
            median(cli.rss()) / median(a.rss()), 1.5, false,
            megabytes(median(cli.rss())) + " against " + megabytes(median(a.rss())));
      }
    }
    if (largest.isPresent()) {
      Map<String, Runs> at = runs.get(largest.get());
      String where = String.format(Locale.ROOT, "%,d records", size(largest.get()));
      Runs project = at.get("project");
      Runs drools = at.get("drools");
      Runs easy = at.get("easy-rules");
      if (project != null && drools != null) {
        row(md, "judging alone: the project against Drools, " + where, "at least 8× faster",
            median(drools.judging()) / median(project.judging()), 8, true,
            seconds(median(project.judging())) + " against " + seconds(median(drools.judging())));
      }
      if (project != null && easy != null) {
        row(md, "judging alone: the project against Easy Rules, " + where, "faster",
            median(easy.judging()) / median(project.judging()), 1, true,
            seconds(median(project.judging())) + " against " + seconds(median(easy.judging())));
      }
    }
    for (Map.Entry<Integer, double[]> e : incremental.entrySet()) {
      row(md, String.format(Locale.ROOT, "one added record re-judged against a full evaluation of %,d",
          e.getKey()), "at least 100× faster", e.getValue()[0] / e.getValue()[1], 100, true,
          String.format(Locale.ROOT, "%.3f ms against %.1f ms", e.getValue()[1] / 1000, e.getValue()[0] / 1000));
    }
    incrementalUnsupported.forEach((size, reason) -> md.append(String.format(Locale.ROOT,
        "| one added record re-judged against a full evaluation of %,d | at least 100× faster | – | not yet possible: %s |%n",
        size, reason.replace("|", "\\|"))));
    Runs hello = startup.get("hello");
    Runs check = startup.get("check");
    if (hello != null && check != null) {
      row(md, "`greendeal check` on the demo evidence against a JVM hello-world", "at most 3×",
          median(check.wall()) / median(hello.wall()), 3, false,
          seconds(median(check.wall())) + " against " + seconds(median(hello.wall())));
    }
    Double health = web.get("health");
    Double findings = web.get("findings-after-write");
    if (health != null && findings != null) {
      double share = findings / health;
      md.append(String.format(Locale.ROOT, "| web: findings after a write against `/health` | at least 50%% of its requests/s | %.0f against %.0f requests/s: %.1f%% | %s |%n",
          findings, health, 100 * share,
          share >= 0.5 ? "met" : String.format(Locale.ROOT, "not met: %.1f× short", 0.5 / share)));
    } else if (webSkipped != null) {
      md.append("| web: findings after a write against `/health` | at least 50% of its requests/s | – | not measured: ")
          .append(webSkipped).append(" |\n");
    }
  }

  /**
   * A goal's row; {@code value} is the measured ratio, {@code higherIsBetter} says whether it must
   * reach {@code target} from below (a speed-up) or stay under it (a cost).
   */
  private static void row(StringBuilder md, String goal, String target, double value, double limit,
      boolean higherIsBetter, String measured) {
    boolean met = higherIsBetter ? value >= limit : value <= limit;
    String distance = higherIsBetter
        ? String.format(Locale.ROOT, "not met: %.2f×, %.1f× short", value, limit / value)
        : String.format(Locale.ROOT, "not met: %.2f×, %.1f× over", value, value / limit);
    md.append("| ").append(goal).append(" | ").append(target).append(" | ").append(measured)
        .append(String.format(Locale.ROOT, " (%.2f×)", value)).append(" | ")
        .append(met ? "met" : distance).append(" |\n");
  }

  private static int size(String key) {
    return Integer.parseInt(key.split("\t")[0]);
  }

  private static String seconds(double millis) {
    return millis < 10_000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
        : String.format(Locale.ROOT, "%.1f s", millis / 1000);
  }

  private static String megabytes(double kilobytes) {
    return String.format(Locale.ROOT, "%,.0f MB", kilobytes / 1024);
  }

  private static String ratio(double value, double base) {
    return Double.isNaN(base) || Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value / base);
  }

  /** For tests: the section of the measurements, as it would be written. */
  static String section(List<String> lines) {
    Report report = new Report();
    lines.forEach(l -> report.add(l.split("\t", -1)));
    return report.markdown();
  }

}
