package org.greendeal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A circular procurement trajectory (circulair inkooptraject) that a party started. */
@Value.Immutable
public abstract class Trajectory implements EvidenceRecord {
  /** The record's id, unique among trajectories. */
  @Override
  public abstract Optional<String> id();

  /** The party that procures, as the evidence names it. */
  public abstract String party();

  public abstract String title();

  public abstract TrajectoryKind kind();

  /** The day it started; a trajectory counts by this date whatever its later status. */
  public abstract LocalDate started();

  /** Free text, such as {@code OFFICE_FURNITURE} or a CPV-derived category. */
  public abstract Optional<String> category();

  public abstract Optional<TrajectoryStatus> status();

  /** The (estimated) value in euros, never negative. */
  public abstract Optional<BigDecimal> valueEur();

  /** The circular strategies it applies, on the R-ladder. */
  public abstract List<Strategy> strategies();

  /** A reference to the tender notice, free text. */
  public abstract Optional<String> notice();

  /** eForms BT-06 strategic-procurement codes of the lot, when imported from a notice. */
  public abstract List<String> strategicProcurement();

  /** eForms BT-774 environmental-impact codes of the lot, when imported from a notice. */
  public abstract List<String> environmentalImpact();

  /** eForms BT-805 green-procurement criteria codes of the lot, when imported from a notice. */
  public abstract List<String> gppCriteria();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceRef> source();

  @Override
  public RecordType type() {
    return RecordType.TRAJECTORY;
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
          case "party" -> party();
          case "title" -> title();
          case "kind" -> kind();
          case "started" -> started();
          case "category" -> category().orElse(null);
          case "status" -> status().orElse(null);
          case "valueEur" -> valueEur().orElse(null);
          case "strategies" -> strategies();
          case "notice" -> notice().orElse(null);
          case "strategicProcurement" -> strategicProcurement();
          case "environmentalImpact" -> environmentalImpact();
          case "gppCriteria" -> gppCriteria();
          default -> null;
        });
  }

  @Value.Check
  protected void check() {
    Money.checkNotNegative("valueEur", valueEur());
  }
}
