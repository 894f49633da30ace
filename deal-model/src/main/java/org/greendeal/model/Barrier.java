package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A barrier to circular procurement in laws or regulations that the government works on. */
@Value.Immutable
public abstract class Barrier implements EvidenceRecord {
  /** The record's id, unique among its kind. */
  @Override
  public abstract Optional<String> id();

  /** The party, as the evidence names it. */
  public abstract String raisedBy();

  @Override
  public abstract LocalDate date();

  public abstract Optional<String> description();

  @Value.Default
  public BarrierStatus status() {
    return BarrierStatus.OPEN;
  }

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.BARRIER;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "id" -> id().orElse(null);
          case "raisedBy" -> raisedBy();
          case "date" -> date();
          case "description" -> description().orElse(null);
          case "status" -> status();
          default -> null;
        });
  }
}
