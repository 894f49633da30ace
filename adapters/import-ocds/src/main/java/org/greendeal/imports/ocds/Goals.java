package org.greendeal.imports.ocds;

import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Strategy;

/**
 * The goal codes of the OCDS sustainability extension ({@code sustainabilityGoal.csv}) that make
 * a trajectory or name its strategies. The code list is open: a publisher may add sub-codes as
 * {@code [existing-code].[sub-code]}, and a sub-code counts as the code it extends.
 */
final class Goals {
  /** The goal that makes a trajectory. */
  static final String CIRCULAR_ECONOMY = "environmental.circularEconomy";

  private static final Map<String, Strategy> R_LADDER = Map.of(
      "environmental.resourceReuse", Strategy.REUSE,
      "environmental.recycling", Strategy.RECYCLE,
      "environmental.wasteReduction", Strategy.REDUCE);

  private Goals() {}

  /** Whether {@code goal} is {@code code} or one of its sub-codes. */
  static boolean is(String goal, String code) {
    return goal.equals(code) || goal.startsWith(code + ".");
  }

  static boolean isCircular(String goal) {
    return is(goal, CIRCULAR_ECONOMY);
  }

  /** The R-ladder strategy that {@code goal} stands for, if any. */
  static Optional<Strategy> strategy(String goal) {
    return R_LADDER.entrySet().stream().filter(e -> is(goal, e.getKey()))
        .map(Map.Entry::getValue).findFirst();
  }
}
