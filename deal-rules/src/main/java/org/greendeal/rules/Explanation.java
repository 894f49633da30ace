package org.greendeal.rules;

import java.util.List;
import org.greendeal.model.LocalizedText;
import org.immutables.value.Value;

/**
 * Why a finding says what it says: each record that was looked at, whether it was counted, and
 * why (or why not): out of term, before the party joined, after the as-of date, not matching.
 */
@Value.Immutable
public abstract class Explanation {
  /** The records considered, counted ones first. */
  public abstract List<Considered> considered();

  /** No records considered. */
  public static Explanation none() {
    return ImmutableExplanation.builder().build();
  }

  /** One record and what became of it. */
  @Value.Immutable
  public abstract static class Considered {
    /** How the finding names the record: its id, or {@code file:line}. */
    @Value.Parameter
    public abstract String record();

    /** Whether it was counted. */
    @Value.Parameter
    public abstract boolean counted();

    /** Why it was or was not counted. */
    @Value.Parameter
    public abstract LocalizedText reason();
  }
}
