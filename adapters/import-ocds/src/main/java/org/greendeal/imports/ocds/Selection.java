package org.greendeal.imports.ocds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greendeal.io.ImportResult.Skipped;
import org.greendeal.io.Problem;
import org.greendeal.model.Trajectory;

/**
 * The outcomes of the releases read, in the order read, and which release describes each
 * contracting process. Releases with a tender compete by their ocid: the latest by {@code date}
 * wins (on a tie, the one read last), since OCDS releases are updates of one process; the others
 * are skipped as superseded, with their problems and warnings, which no longer matter.
 */
final class Selection {
  /**
   * A release that competes for its ocid.
   *
   * @param file the file it is in
   * @param ocid the contracting process
   * @param id the release's id, or where it is when it has none
   * @param date its date
   * @param written its date as the file writes it
   */
  record Release(String file, String ocid, String id, OffsetDateTime date, String written) {
    /** The release as a skipped item: {@code file.json: ocid (release id)}. */
    String item() {
      return item(file, ocid, id);
    }

    static String item(String file, String ocid, String id) {
      return file + ": " + ocid + " (release " + id + ")";
    }
  }

  /** An outcome, of a release that competes or (without one) of something that stands. */
  private record Entry(Outcome outcome, Release release) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> latest = new HashMap<>();

  /** An outcome that stands whatever else is read: a release without a tender, a problem. */
  void add(Outcome outcome) {
    entries.add(new Entry(outcome, null));
  }

  /** The outcome of a release with a tender; it counts unless a later release of its ocid does. */
  void compete(Release release, Outcome outcome) {
    int index = entries.size();
    entries.add(new Entry(outcome, release));
    latest.merge(release.ocid(), index, (was, now) ->
        date(now).isBefore(date(was)) ? was : now);
  }

  private Instant date(int index) {
    return entries.get(index).release().date().toInstant();
  }

  /** All that counts, in the order read. */
  Outcome total() {
    List<Trajectory> trajectories = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<OcdsWarning> warnings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Outcome outcome = entry.outcome();
      Release release = entry.release();
      if (release != null && latest.get(release.ocid()) != i) {
        Release winner = entries.get(latest.get(release.ocid())).release();
        boolean tie = winner.date().toInstant().equals(release.date().toInstant());
        outcome = Outcome.skip(release.item(), "superseded by the "
            + (tie ? "release read later with the same date, " : "later release ")
            + winner.id() + " of " + winner.written()
            + (winner.file().equals(release.file()) ? "" : " in " + winner.file()));
      }
      trajectories.addAll(outcome.trajectories());
      skipped.addAll(outcome.skipped());
      warnings.addAll(outcome.warnings());
      problems.addAll(outcome.problems());
      read += outcome.read();
    }
    return new Outcome(trajectories, skipped, warnings, problems, read);
  }
}
