package org.greendeal.benchmarks.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A finding as every judge of the comparison prints it, so that their outputs can be compared
 * line by line: code, party, status, actual, required and the sorted evidence references, one
 * tab-separated line. A reference {@code path/file.json:12} is written {@code file.json:12}: the
 * judges are given the same file, perhaps by different paths.
 *
 * @param code the commitment's id
 * @param party the party or unit
 * @param status the status's name
 * @param actual what was counted, or null
 * @param required what is required, or null
 * @param evidence the references of the records used, sorted
 */
public record Outcome(String code, String party, String status, Integer actual, Integer required,
    List<String> evidence) {
  /** The commitments all the judges can express, and so the ones they are compared on. */
  public static final Set<String> CODES =
      Set.of("IP-1", "IP-2", "IP-5", "KP-1", "FP-1", "R-4", "D-1", "P-2");

  /** Findings in the order of {@code check}: by code, then party. */
  public static final Comparator<Outcome> ORDER =
      Comparator.comparing(Outcome::code).thenComparing(Outcome::party);

  /** Normalises the references and sorts them. */
  public Outcome {
    List<String> refs = new ArrayList<>(evidence.size());
    for (String ref : evidence) {
      refs.add(ref.substring(ref.lastIndexOf('/') + 1));
    }
    refs.sort(null);
    evidence = List.copyOf(refs);
  }

  /** A finding that counts nothing. */
  public static Outcome of(String code, String party, String status, Collection<String> evidence) {
    return new Outcome(code, party, status, null, null, List.copyOf(evidence));
  }

  /** A finding that counts {@code actual} of {@code required}. */
  public static Outcome counted(String code, String party, String status, int actual, int required,
      Collection<String> evidence) {
    return new Outcome(code, party, status, actual, required, List.copyOf(evidence));
  }

  /** The status of a RESULT commitment due at the term's end, judged as of the term's end. */
  public static String result(boolean met) {
    return met ? "MET" : "NOT_MET";
  }

  /** The tab-separated line. */
  public String line() {
    return code + "\t" + party + "\t" + status + "\t" + (actual == null ? "-" : actual) + "\t"
        + (required == null ? "-" : required) + "\t" + String.join(",", evidence);
  }
}
