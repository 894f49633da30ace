package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A record that circular procurement is integrated in one aspect of a party's procurement (IP-2). */
@Value.Immutable
public abstract class PolicyIntegration implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String party();

  public abstract PolicyAspect aspect();

  @Override
  public abstract LocalDate date();

  /** Where it can be verified (a policy document, a URL); IP-2 counts only records that have one. */
  public abstract Optional<String> reference();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.POLICY_INTEGRATION;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "aspect" -> aspect();
          case "date" -> date();
          case "reference" -> reference().orElse(null);
          default -> null;
        });
  }
}
