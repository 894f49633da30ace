package org.greendeal.reporting.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.rules.Status;

/**
 * The deal at a glance.
 *
 * @param byRole findings per status for each role (deal-wide findings count for the role bound)
 * @param results for each RESULT commitment, how many bound parties met it
 * @param contributions per calendar year, the contributions and how many parties went over the
 *     limit
 * @param contributionLimit the yearly limit of contributions, if the deal has one
 * @param statuses findings per status, all roles together
 * @param errors findings at ERROR
 * @param warnings findings at WARNING
 */
public record Summary(
    List<RoleStatuses> byRole,
    List<ResultShare> results,
    List<YearContribution> contributions,
    Optional<BigDecimal> contributionLimit,
    Map<Status, Integer> statuses,
    int errors,
    int warnings) {
  public Summary {
    byRole = List.copyOf(byRole);
    results = List.copyOf(results);
    contributions = List.copyOf(contributions);
  }
}
