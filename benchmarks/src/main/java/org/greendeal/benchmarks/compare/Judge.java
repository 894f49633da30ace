package org.greendeal.benchmarks.compare;

import java.nio.file.Path;

/**
 * One way of judging an evidence file of the built-in deal on the commitments of {@link
 * Outcome#CODES}, as the deal's rules have it: records count when dated in the term, on or after
 * their party joined and on or before the as-of date (the term's end), when their parties are all
 * known, their id is not shared with another record of their kind, and they fit their party's
 * role; a unit's records count for its ministry too, and R-4 is judged per unit.
 */
public interface Judge {
  /** A short name, as the comparison's table shows it. */
  String name();

  /**
   * Judges {@code file}.
   *
   * @throws UnsupportedOperationException if this judge cannot read the file's format
   */
  Judgement judge(Path file) throws Exception;
}
