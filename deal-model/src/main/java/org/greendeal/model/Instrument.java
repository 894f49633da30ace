package org.greendeal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A work method or instrument for circular procurement (FP-3, KP-4). */
@Value.Immutable
public abstract class Instrument implements EvidenceRecord {
  @Override
  public abstract Optional<String> id();

  public abstract String title();

  public abstract InstrumentKind kind();

  /** The parties that developed it (FP-3). */
  public abstract List<String> developedBy();

  /** The parties that contributed to it (KP-4). */
  public abstract List<String> contributors();

  @Override
  public abstract LocalDate date();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.INSTRUMENT;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "id" -> id().orElse(null);
          case "title" -> title();
          case "kind" -> kind();
          case "developedBy" -> developedBy();
          case "contributors" -> contributors();
          case "date" -> date();
          default -> null;
        });
  }
}
