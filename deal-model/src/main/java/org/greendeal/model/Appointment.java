package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A member of the project team appointed by a party or unit; a role title, never a person's name. */
@Value.Immutable
public abstract class Appointment implements EvidenceRecord {
  /** The party, as the evidence names it. */
  public abstract String party();

  /** The member's role title, such as "programme advisor"; never a person's name. */
  public abstract String member();

  /** The first day of the appointment. */
  public abstract LocalDate from();

  /** The last day, if it ended. */
  public abstract Optional<LocalDate> until();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.APPOINTMENT;
  }

  @Override
  public LocalDate date() {
    return from();
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "member" -> member();
          case "from" -> from();
          case "until" -> until().orElse(null);
          default -> null;
        });
  }
}
