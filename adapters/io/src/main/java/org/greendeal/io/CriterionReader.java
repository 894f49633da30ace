package org.greendeal.io;

import static org.greendeal.io.Values.AMOUNT;
import static org.greendeal.io.Values.BOOLEAN;
import static org.greendeal.io.Values.RECORD_TYPE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.RecordType;

/**
 * Reads a criterion of the criteria language, docs/deal-file.md "Criteria": a map with exactly
 * one key naming the kind of criterion.
 */
final class CriterionReader {
  /** The keys of a criterion, in the order the documentation gives them. */
  static final List<String> KINDS =
      List.of("effortRecord", "atLeast", "anyOf", "allOf", "covers", "sumPerYear", "none");

  private final Problems problems;

  private CriterionReader(Problems problems) {
    this.problems = problems;
  }

  /** The reader of criteria. */
  static Optional<Criterion> read(Item item, Problems problems) {
    return new CriterionReader(problems).criterion(item);
  }

  private Optional<Criterion> criterion(Item item) {
    if (!(item.node() instanceof MapNode map)) {
      problems.add(item, "expected a criterion, a map with one key, " + Values.oneOf(KINDS)
          + "; found " + item.node().describe());
      return Optional.empty();
    }
    if (map.entries().size() != 1) {
      problems.add(item, "expected exactly one key, " + Values.oneOf(KINDS) + "; found "
          + (map.entries().isEmpty() ? "none" : map.entries().size() + ": "
              + String.join(", ", map.entries().keySet())));
      return Optional.empty();
    }
    MapNode.Entry entry = map.entries().values().iterator().next();
    Item value = entry.valueItem(item.path());
    return switch (entry.key()) {
      case "effortRecord" -> effortRecord(value);
      case "atLeast" -> atLeast(value);
      case "anyOf" -> criteria(value).map(Criterion.AnyOf::new);
      case "allOf" -> criteria(value).map(Criterion.AllOf::new);
      case "covers" -> covers(value);
      case "sumPerYear" -> sumPerYear(value);
      case "none" -> none(value);
      default -> {
        problems.add(entry.keyItem(item.path()), "unknown criterion \"" + entry.key()
            + "\"; expected " + Values.oneOf(KINDS));
        yield Optional.empty();
      }
    };
  }

  private Optional<Criterion> effortRecord(Item value) {
    if (value.isNull()) {
      return Optional.of(new Criterion.EffortRecord());
    }
    return Fields.of(value, problems).build(Criterion.EffortRecord::new);
  }

  private Optional<Criterion> atLeast(Item value) {
    Fields f = Fields.of(value, problems);
    var count = f.required("count", Values.integer(1, Integer.MAX_VALUE, "a count of 1 or more"));
    var type = f.required("records", RECORD_TYPE);
    var partyField = f.optional("partyField", RecordFields.partyField(type));
    var where = where(f, type);
    var showTotal = f.optional("showTotal", BOOLEAN);
    return f.build(() -> new Criterion.AtLeast(count.orElseThrow(), type.orElseThrow(),
        partyField, where.orElseThrow(), showTotal.orElse(false)));
  }

  private Optional<Criterion> covers(Item value) {
    Fields f = Fields.of(value, problems);
    var type = f.required("records", RECORD_TYPE);
    var field = f.required("field", RecordFields.field(type));
    Set<String> values = new LinkedHashSet<>();
    for (Item v : f.requiredItems("values")) {
      Values.TEXT.read(v, problems)
          .filter(text -> field.isEmpty()
              || RecordFields.checkValue(type, field.get(), text, v, problems))
          .ifPresent(values::add);
    }
    var where = where(f, type);
    return f.build(() -> new Criterion.Covers(type.orElseThrow(), field.orElseThrow(), values,
        where.orElseThrow()));
  }

  private Optional<Criterion> sumPerYear(Item value) {
    Fields f = Fields.of(value, problems);
    var type = f.required("records", RECORD_TYPE);
    var field = f.required("field", RecordFields.amountField(type));
    var atMost = f.required("atMost", AMOUNT);
    return f.build(() -> new Criterion.SumPerYearAtMost(type.orElseThrow(), field.orElseThrow(),
        atMost.orElseThrow()));
  }

  private Optional<Criterion> none(Item value) {
    Fields f = Fields.of(value, problems);
    var type = f.required("records", RECORD_TYPE);
    var where = where(f, type);
    return f.build(() -> new Criterion.NoneMatching(type.orElseThrow(), where.orElseThrow()));
  }

  /** The optional {@code where}: {@link Condition#always()} when absent, empty when bad. */
  private Optional<Condition> where(Fields f, Optional<RecordType> type) {
    Optional<Item> where = f.item("where");
    return where.isEmpty()
        ? Optional.of(Condition.always())
        : ConditionReader.on(type).read(where.get(), problems);
  }

  private Optional<List<Criterion>> criteria(Item value) {
    if (!(value.node() instanceof ListNode list)) {
      problems.add(value, "expected a list of criteria, found " + value.node().describe());
      return Optional.empty();
    }
    if (list.items().isEmpty()) {
      problems.add(value, "is empty; expected at least one criterion");
      return Optional.empty();
    }
    int before = problems.count();
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      criterion(new Item(list.items().get(i), value.path().index(i))).ifPresent(criteria::add);
    }
    return problems.count() > before ? Optional.empty() : Optional.of(criteria);
  }
}
