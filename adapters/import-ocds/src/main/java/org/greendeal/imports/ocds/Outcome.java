package org.greendeal.imports.ocds;

import java.util.List;
import org.greendeal.io.ImportResult.Skipped;
import org.greendeal.io.Problem;
import org.greendeal.model.Trajectory;

/**
 * What one release (or a record, or one release that lost to a later one) gives.
 *
 * @param trajectories the trajectories made, in the order of the release
 * @param skipped the tenders and lots read but not imported, each with its reason
 * @param warnings what was left out of a trajectory that was made
 * @param problems what is wrong with the release
 * @param read how many items were read: the lots, or the tender when it has none
 */
record Outcome(List<Trajectory> trajectories, List<Skipped> skipped, List<OcdsWarning> warnings,
    List<Problem> problems, int read) {
  Outcome {
    trajectories = List.copyOf(trajectories);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    problems = List.copyOf(problems);
  }

  /** One item read and skipped. */
  static Outcome skip(String item, String reason) {
    return new Outcome(List.of(), List.of(new Skipped(item, reason)), List.of(), List.of(), 1);
  }

  /** Only problems: nothing could be read. */
  static Outcome refused(List<Problem> problems) {
    return new Outcome(List.of(), List.of(), List.of(), problems, 0);
  }
}
