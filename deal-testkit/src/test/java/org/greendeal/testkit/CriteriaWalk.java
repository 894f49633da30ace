package org.greendeal.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.RecordType;

/** Walks a criterion and the conditions inside it, for tests that look at their kinds. */
final class CriteriaWalk {
  private CriteriaWalk() {}

  /** {@code criterion} and every criterion nested in it. */
  static List<Criterion> criteria(Criterion criterion) {
    List<Criterion> all = new ArrayList<>();
    all.add(criterion);
    if (criterion instanceof Criterion.AnyOf any) {
      any.options().forEach(c -> all.addAll(criteria(c)));
    } else if (criterion instanceof Criterion.AllOf every) {
      every.parts().forEach(c -> all.addAll(criteria(c)));
    }
    return all;
  }

  /** The record type and top-level condition of a criterion that has them. */
  static Optional<TypedCondition> where(Criterion criterion) {
    if (criterion instanceof Criterion.AtLeast a) {
      return Optional.of(new TypedCondition(a.records(), a.where()));
    } else if (criterion instanceof Criterion.Covers c) {
      return Optional.of(new TypedCondition(c.records(), c.where()));
    } else if (criterion instanceof Criterion.NoneMatching n) {
      return Optional.of(new TypedCondition(n.records(), n.where()));
    }
    return Optional.empty();
  }

  /** {@code condition} and every condition nested in it. */
  static List<Condition> conditions(Condition condition) {
    List<Condition> all = new ArrayList<>();
    all.add(condition);
    if (condition instanceof Condition.Not not) {
      all.addAll(conditions(not.condition()));
    } else if (condition instanceof Condition.Any any) {
      any.conditions().forEach(c -> all.addAll(conditions(c)));
    } else if (condition instanceof Condition.All every) {
      every.conditions().forEach(c -> all.addAll(conditions(c)));
    }
    return all;
  }

  /** Every condition in {@code criterion}, with the record type it tests. */
  static List<TypedCondition> typedConditions(Criterion criterion) {
    List<TypedCondition> all = new ArrayList<>();
    for (Criterion c : criteria(criterion)) {
      where(c).ifPresent(w -> conditions(w.condition())
          .forEach(inner -> all.add(new TypedCondition(w.type(), inner))));
    }
    return all;
  }

  /** A condition on records of a type. */
  record TypedCondition(RecordType type, Condition condition) {}
}
