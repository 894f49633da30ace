package org.greendeal.io;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;

/**
 * Writes criteria and conditions in the syntax of docs/deal-file.md, such that reading them back
 * gives equal values; {@code where} is left out when it is {@link Condition#always()}.
 */
final class CriterionWriter {
  private CriterionWriter() {}

  static OutMap criterion(Criterion criterion) {
    if (criterion instanceof Criterion.EffortRecord) {
      return OutMap.create().put("effortRecord", OutMap.create());
    } else if (criterion instanceof Criterion.AtLeast a) {
      return OutMap.create().put("atLeast", where(OutMap.create().put("count", a.count())
          .put("records", a.records().key()).putIfPresent("partyField", a.partyField()), a.where())
          .putIfPresent("showTotal", a.showTotal() ? Optional.of(true) : Optional.empty()));
    } else if (criterion instanceof Criterion.AnyOf a) {
      return OutMap.create().put("anyOf", a.options().stream().map(CriterionWriter::criterion)
          .toList());
    } else if (criterion instanceof Criterion.AllOf a) {
      return OutMap.create().put("allOf", a.parts().stream().map(CriterionWriter::criterion)
          .toList());
    } else if (criterion instanceof Criterion.Covers c) {
      return OutMap.create().put("covers", where(OutMap.create().put("records", c.records().key())
          .put("field", c.field()).put("values", List.copyOf(c.values())), c.where()));
    } else if (criterion instanceof Criterion.SumPerYearAtMost s) {
      return OutMap.create().put("sumPerYear", OutMap.create().put("records", s.records().key())
          .put("field", s.field()).put("atMost", s.atMost()));
    } else if (criterion instanceof Criterion.NoneMatching n) {
      return OutMap.create().put("none",
          where(OutMap.create().put("records", n.records().key()), n.where()));
    }
    throw new IllegalArgumentException("unknown criterion: " + criterion);
  }

  private static OutMap where(OutMap map, Condition where) {
    return where instanceof Condition.Always ? map : map.put("where", condition(where));
  }

  /** A condition as a map; {@link Condition#always()} is the empty map. */
  static OutMap condition(Condition condition) {
    if (condition instanceof Condition.Always) {
      return OutMap.create();
    } else if (condition instanceof Condition.Equals e) {
      return OutMap.create().put(e.field(), e.value());
    } else if (condition instanceof Condition.In i) {
      return OutMap.create().put(i.field(), OutMap.create().put("in", List.copyOf(i.values())));
    } else if (condition instanceof Condition.Present p) {
      return OutMap.create().put(p.field(), OutMap.create().put("present", true));
    } else if (condition instanceof Condition.PersonalData p) {
      return OutMap.create().put("personalData", p.fields());
    } else if (condition instanceof Condition.Not n) {
      return not(n.condition());
    } else if (condition instanceof Condition.Any a) {
      return OutMap.create().put("any", conditions(a.conditions()));
    } else if (condition instanceof Condition.All a) {
      return all(a.conditions());
    }
    throw new IllegalArgumentException("unknown condition: " + condition);
  }

  private static OutMap not(Condition negated) {
    if (negated instanceof Condition.Present p) {
      return OutMap.create().put(p.field(), OutMap.create().put("present", false));
    } else if (negated instanceof Condition.Equals e) {
      return OutMap.create().put(e.field(), OutMap.create().put("not", e.value()));
    }
    return OutMap.create().put("not", condition(negated));
  }

  /**
   * Two or more conditions of one entry each, under different keys, as one map (which reads back
   * as all of them); otherwise {@code all: [...]}.
   */
  private static OutMap all(List<Condition> conditions) {
    List<OutMap> maps = conditions(conditions);
    Set<String> keys = new HashSet<>();
    boolean mergeable = maps.size() >= 2 && maps.stream()
        .allMatch(m -> m.size() == 1 && keys.add(m.toMap().keySet().iterator().next()));
    if (!mergeable) {
      return OutMap.create().put("all", maps);
    }
    OutMap merged = OutMap.create();
    maps.forEach(m -> m.toMap().forEach(merged::put));
    return merged;
  }

  private static List<OutMap> conditions(List<Condition> conditions) {
    return conditions.stream().map(CriterionWriter::condition).toList();
  }
}
