package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One promise of the agreement (inzet en actie): who it binds, what kind it is and how it is judged. */
@Value.Immutable
public abstract class Commitment {
  public abstract CommitmentId id();

  /** A short name, such as "start circular trajectories". */
  public abstract LocalizedText title();

  /** The agreement's own sentence, and its English translation. */
  public abstract LocalizedText text();

  public abstract Binding binds();

  public abstract Obligation obligation();

  /** When a RESULT must be fulfilled; before it an unfulfilled result is IN_PROGRESS. */
  public abstract Optional<LocalDate> due();

  public abstract Criterion criterion();

  @Value.Check
  protected void check() {
    if (obligation() == Obligation.RESULT && due().isEmpty()) {
      throw new IllegalStateException("commitment " + id() + ": due: a RESULT needs a due date");
    }
  }
}
