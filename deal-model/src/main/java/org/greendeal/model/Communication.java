package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A message by which a party propagates circular procurement through its own channels (IP-3). */
@Value.Immutable
public abstract class Communication implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String party();

  @Override
  public abstract LocalDate date();

  /** The channel, such as website, newsletter, intranet. */
  public abstract Optional<String> channel();

  public abstract Optional<String> title();

  public abstract Optional<String> reference();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.COMMUNICATION;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "date" -> date();
          case "channel" -> channel().orElse(null);
          case "title" -> title().orElse(null);
          case "reference" -> reference().orElse(null);
          default -> null;
        });
  }
}
