package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A record of effort towards a named commitment that has no record type of its own (P-1, KP-3, ...). */
@Value.Immutable
public abstract class Effort implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String party();

  /** The commitment the effort is for. */
  public abstract CommitmentId commitment();

  @Override
  public abstract LocalDate date();

  public abstract Optional<String> description();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.EFFORT;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "commitment" -> commitment().value();
          case "date" -> date();
          case "description" -> description().orElse(null);
          default -> null;
        });
  }
}
