package org.greendeal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A procuring participant's financial contribution for a calendar year (IP-5). */
@Value.Immutable
public abstract class Contribution implements EvidenceRecord {
  public abstract String party();

  /** The calendar year it is for. */
  public abstract int year();

  /** The amount in euros, never negative. */
  public abstract BigDecimal amountEur();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.CONTRIBUTION;
  }

  /** 1 January of its year; the engine compares contributions by year, not by day. */
  @Override
  public LocalDate date() {
    return LocalDate.of(year(), 1, 1);
  }

  @Override
  public Optional<Object> field(String field) {
    return Optional.ofNullable(
        switch (field) {
          case "party" -> party();
          case "year" -> year();
          case "amountEur" -> amountEur();
          default -> null;
        });
  }

  @Value.Check
  protected void check() {
    Money.checkNotNegative("amountEur", amountEur());
  }
}
