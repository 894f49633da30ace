package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An invitation by a facilitating partner to another organisation to join the deal (FP-5). */
@Value.Immutable
public abstract class Invitation implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String by();

  /** The organisation invited, which need not be a party. */
  public abstract String organisation();

  @Override
  public abstract LocalDate date();

  @Value.Default
  public InvitationOutcome outcome() {
    return InvitationOutcome.PENDING;
  }

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.INVITATION;
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "by" -> by();
          case "organisation" -> organisation();
          case "date" -> date();
          case "outcome" -> outcome();
          default -> null;
        });
  }
}
