package org.greendeal.reporting.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One trajectory as the report lists it.
 *
 * @param id its id
 * @param party the procuring party's id
 * @param partyName the party's display name
 * @param title its title
 * @param kind NEW or SCALE_UP
 * @param started its start date
 * @param category its category, if given
 * @param status its status, if given
 * @param valueEur its value, if given
 * @param strategies its R-ladder strategies
 */
public record TrajectoryRow(String id, String party, String partyName, String title, String kind,
    LocalDate started, Optional<String> category, Optional<String> status,
    Optional<BigDecimal> valueEur, List<String> strategies) {
  public TrajectoryRow {
    strategies = List.copyOf(strategies);
  }
}
