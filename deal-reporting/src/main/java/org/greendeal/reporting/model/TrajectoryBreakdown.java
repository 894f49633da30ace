package org.greendeal.reporting.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The trajectories counted in the report, grouped.
 *
 * @param count how many
 * @param totalValue their value in euros, where stated
 * @param byCategory per category
 * @param byStrategy per R-ladder strategy (a trajectory counts once for each of its strategies)
 * @param byStatus per status
 * @param rows every trajectory, by start date
 */
public record TrajectoryBreakdown(int count, BigDecimal totalValue, List<Bucket> byCategory,
    List<Bucket> byStrategy, List<Bucket> byStatus, List<TrajectoryRow> rows) {
  public TrajectoryBreakdown {
    byCategory = List.copyOf(byCategory);
    byStrategy = List.copyOf(byStrategy);
    byStatus = List.copyOf(byStatus);
    rows = List.copyOf(rows);
  }
}
