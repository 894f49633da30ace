package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Something the national government made public of what was learned. */
@Value.Immutable
public abstract class Publication implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String party();

  @Override
  public abstract LocalDate date();

  public abstract String title();

  public abstract Optional<String> reference();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.PUBLICATION;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "date" -> date();
          case "title" -> title();
          case "reference" -> reference().orElse(null);
          default -> null;
        });
  }
}
