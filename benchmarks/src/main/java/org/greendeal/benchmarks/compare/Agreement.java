package org.greendeal.benchmarks.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether judges agree on every finding: the same findings, line for line. On disagreement it
 * says, for each finding that differs, what each judge found.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * The differences between the judges' findings, keyed by code and party; empty when all agree.
   *
   * @param findings each judge's name with its findings
   */
  public static List<String> differences(Map<String, List<Outcome>> findings) {
    Map<String, Map<String, String>> byFinding = new LinkedHashMap<>();
    TreeSet<String> keys = new TreeSet<>();
    findings.forEach((judge, outcomes) -> {
      Map<String, String> lines = new LinkedHashMap<>();
      for (Outcome o : outcomes) {
        String key = o.code() + " " + o.party();
        if (lines.put(key, o.line()) != null) {
          lines.put(key, "twice: " + o.line());
        }
        keys.add(key);
      }
      byFinding.put(judge, lines);
    });
    List<String> differences = new ArrayList<>();
    for (String key : keys) {
      Map<String, String> seen = new LinkedHashMap<>();
      byFinding.forEach((judge, lines) -> seen.put(judge, lines.getOrDefault(key, "(no finding)")));
      if (seen.values().stream().distinct().count() > 1) {
        StringBuilder diff = new StringBuilder(key).append(" differs:");
        seen.forEach((judge, line) -> diff.append("\n  ").append(judge).append(": ")
            .append(abbreviate(line)));
        differences.add(diff.toString());
      }
    }
    return differences;
  }

  private static String abbreviate(String line) {
    return line.length() <= 300 ? line : line.substring(0, 300) + "... (" + line.length() + " chars)";
  }
}
