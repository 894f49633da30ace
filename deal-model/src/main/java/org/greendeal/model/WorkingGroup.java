package org.greendeal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A thematic working group (themagerichte werkgroep), guided by knowledge partners (KP-1). */
@Value.Immutable
public abstract class WorkingGroup implements EvidenceRecord {
  @Override
  public abstract Optional<String> id();

  /** Its theme, such as Bouw or ICT; free text. */
  public abstract String theme();

  /** The parties that guide it; KP-1 counts these. */
  public abstract List<String> guidedBy();

  /** The parties taking part; any party may. */
  public abstract List<String> members();

  public abstract LocalDate started();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.WORKING_GROUP;
  }

  @Override
  public LocalDate date() {
    return started();
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "id" -> id().orElse(null);
          case "theme" -> theme();
          case "guidedBy" -> guidedBy();
          case "members" -> members();
          case "started" -> started();
          default -> null;
        });
  }
}
