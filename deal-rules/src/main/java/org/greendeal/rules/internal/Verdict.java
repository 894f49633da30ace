package org.greendeal.rules.internal;

import java.util.List;
import java.util.Optional;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.rules.Explanation;
import org.immutables.value.Value;

/** What a criterion concluded for one subject, before the obligation turns it into a status. */
@Value.Immutable
abstract class Verdict {
  abstract boolean satisfied();

  abstract Optional<Integer> actual();

  abstract Optional<Integer> required();

  abstract Optional<Integer> total();

  /** The records the verdict rests on. */
  abstract List<EvidenceRecord> used();

  /** The records looked at, counted or not, and why. */
  abstract List<Explanation.Considered> considered();

  /** What was found, in words. */
  abstract LocalizedText detail();

  /** How close to satisfied, 0..1, to choose among the options of an any-of. */
  @Value.Default
  double progress() {
    if (satisfied()) {
      return 1;
    }
    if (actual().isPresent() && required().isPresent() && required().get() > 0) {
      return Math.min(1, actual().get() / (double) required().get());
    }
    return 0;
  }
}
