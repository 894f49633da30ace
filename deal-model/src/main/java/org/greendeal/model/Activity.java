package org.greendeal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An activity of the project team (a Community of Practice meeting, say), with who attended. */
@Value.Immutable
public abstract class Activity implements EvidenceRecord {
  @Override
  public abstract Optional<String> id();

  @Override
  public abstract LocalDate date();

  public abstract String title();

  /** The parties that organised it (FP-2). */
  public abstract List<String> organisedBy();

  /** The parties that attended (IP-4). */
  public abstract List<String> attendees();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.ACTIVITY;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "id" -> id().orElse(null);
          case "date" -> date();
          case "title" -> title();
          case "organisedBy" -> organisedBy();
          case "attendees" -> attendees();
          default -> null;
        });
  }
}
