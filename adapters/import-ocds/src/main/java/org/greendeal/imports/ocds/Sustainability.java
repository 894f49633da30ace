package org.greendeal.imports.ocds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code sustainability} array of a tender or a lot, as the extension defines it: objects with
 * a {@code goal} (one code of {@code sustainabilityGoal.csv}), {@code strategies} (codes of {@code
 * sustainabilityStrategy.csv}) and a {@code description}.
 *
 * @param given whether the tender or lot has sustainability of its own: a non-empty array, or
 *     {@code hasSustainability: false}
 * @param goals the goals, in the order of the file, without repeats
 * @param strategies the strategies of all its objects, in the order of the file, without repeats
 */
record Sustainability(boolean given, List<String> goals, List<String> strategies) {
  Sustainability {
    goals = List.copyOf(goals);
    strategies = List.copyOf(strategies);
  }

  /** The sustainability of {@code owner} (a tender or a lot); wrong types become problems. */
  static Sustainability of(JsonValue owner, LocalProblems problems) {
    JsonValue list = owner.get("sustainability");
    JsonValue has = owner.get("hasSustainability");
    if (!has.isAbsent() && !has.is(JsonValue.Kind.BOOLEAN)) {
      problems.at(has, "is " + has.describe() + "; expected true or false");
    }
    boolean none = has.is(JsonValue.Kind.BOOLEAN) && has.text().equals("false");
    if (list.isAbsent()) {
      return new Sustainability(none, List.of(), List.of());
    }
    if (!list.is(JsonValue.Kind.ARRAY)) {
      problems.at(list, "is " + list.describe() + "; expected an array of sustainability objects");
      return new Sustainability(none, List.of(), List.of());
    }
    Set<String> goals = new LinkedHashSet<>();
    Set<String> strategies = new LinkedHashSet<>();
    for (JsonValue item : list.items()) {
      if (!item.is(JsonValue.Kind.OBJECT)) {
        problems.at(item, "is " + item.describe() + "; expected a sustainability object"
            + " {goal, strategies, description}");
        continue;
      }
      code(item.get("goal"), Goals.CIRCULAR_ECONOMY, problems).ifPresent(goals::add);
      JsonValue each = item.get("strategies");
      if (each.is(JsonValue.Kind.ARRAY)) {
        each.items().forEach(s -> code(s, "awardCriteria", problems).ifPresent(strategies::add));
      } else if (!each.isAbsent()) {
        problems.at(each, "is " + each.describe() + "; expected an array of strategy codes");
      }
    }
    return new Sustainability(none || !list.items().isEmpty(), new ArrayList<>(goals),
        new ArrayList<>(strategies));
  }

  private static Optional<String> code(JsonValue value, String example, LocalProblems problems) {
    if (value.is(JsonValue.Kind.STRING) && !value.text().isBlank()) {
      return Optional.of(value.text().strip());
    }
    if (!value.isAbsent()) {
      problems.at(value, "is " + value.describe() + "; expected a code such as " + example);
    }
    return Optional.empty();
  }

  /** Whether a goal is {@code environmental.circularEconomy} or one of its sub-codes. */
  boolean isCircular() {
    return goals.stream().anyMatch(Goals::isCircular);
  }

  /** The goals for a message: {@code "social.smeInclusion, environmental.recycling"} or "none". */
  String goalsText() {
    return goals.isEmpty() ? "none" : String.join(", ", goals);
  }
}
