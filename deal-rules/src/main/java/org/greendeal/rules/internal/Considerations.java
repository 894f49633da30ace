package org.greendeal.rules.internal;

import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryStatus;
import org.greendeal.rules.Explanation;
import org.greendeal.rules.ImmutableConsidered;

/** The reasons an explanation gives for counting a record or not. */
final class Considerations {
  private Considerations() {}

  static Explanation.Considered counted(EvidenceRecord record) {
    boolean cancelled = record instanceof Trajectory t
        && t.status().filter(s -> s == TrajectoryStatus.CANCELLED).isPresent();
    LocalizedText reason = cancelled
        ? LocalizedText.of("geteld: geannuleerd, telt toch op startdatum " + record.date(),
            "counted: cancelled, still counts by its start date " + record.date())
        : LocalizedText.of("geteld", "counted");
    return ImmutableConsidered.of(record.ref(), true, reason);
  }

  static Explanation.Considered notMatching(EvidenceRecord record, LocalizedText condition) {
    return ImmutableConsidered.of(record.ref(), false, LocalizedText.of(
        "niet geteld: voldoet niet aan " + condition.nl(),
        "not counted: does not match " + condition.en()));
  }

  static Explanation.Considered leftOut(EvidenceRecord record, LocalizedText why) {
    return ImmutableConsidered.of(record.ref(), false, LocalizedText.of(
        "niet geteld: " + why.nl(), "not counted: " + why.en()));
  }
}
