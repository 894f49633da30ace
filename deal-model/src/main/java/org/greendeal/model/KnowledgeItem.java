package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A lesson learned: a success or failure factor shared in the learning network. */
@Value.Immutable
public abstract class KnowledgeItem implements EvidenceRecord {
  /** The record's id, unique among its kind. */
  @Override
  public abstract Optional<String> id();

  /** The party, as the evidence names it. */
  public abstract String party();

  @Override
  public abstract LocalDate date();

  public abstract String title();

  public abstract Optional<String> text();

  public abstract Optional<Factor> factor();

  /** The theme (a working group's theme, say), free text. */
  public abstract Optional<String> theme();

  /** Whether it holds competition- or privacy-sensitive information (D-1). */
  @Value.Default
  public Sensitivity sensitivity() {
    return Sensitivity.NONE;
  }

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.KNOWLEDGE_ITEM;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "id" -> id().orElse(null);
          case "party" -> party();
          case "date" -> date();
          case "title" -> title();
          case "text" -> text().orElse(null);
          case "factor" -> factor().orElse(null);
          case "theme" -> theme().orElse(null);
          case "sensitivity" -> sensitivity();
          default -> null;
        });
  }
}
