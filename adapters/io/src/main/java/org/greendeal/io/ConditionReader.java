package org.greendeal.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Condition;
import org.greendeal.model.RecordType;

/**
 * Reads a condition ({@code where}) of the criteria language, docs/deal-file.md "Conditions": a
 * map whose entries must all hold. Fields are checked against the record type when it is known.
 */
final class ConditionReader {
  private static final List<String> OPERATORS = List.of("in", "not", "present");

  private final Problems problems;
  private final Optional<RecordType> type;

  private ConditionReader(Problems problems, Optional<RecordType> type) {
    this.problems = problems;
    this.type = type;
  }

  /** A reader of conditions on records of {@code type}. */
  static ValueReader<Condition> on(Optional<RecordType> type) {
    return (item, problems) -> new ConditionReader(problems, type).condition(item);
  }

  private Optional<Condition> condition(Item item) {
    if (!(item.node() instanceof MapNode map)) {
      problems.add(item, "expected a condition: a map of field to value, found "
          + item.node().describe());
      return Optional.empty();
    }
    int before = problems.count();
    List<Condition> all = new ArrayList<>();
    for (MapNode.Entry entry : map.entries().values()) {
      entry(entry, item.path()).ifPresent(all::add);
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(switch (all.size()) {
      case 0 -> Condition.always();
      case 1 -> all.get(0);
      default -> new Condition.All(all);
    });
  }

  private Optional<Condition> entry(MapNode.Entry entry, FieldPath map) {
    Item value = entry.valueItem(map);
    return switch (entry.key()) {
      case "not" -> condition(value).map(Condition.Not::new);
      case "any" -> conditions(value).map(Condition.Any::new);
      case "all" -> conditions(value).map(Condition.All::new);
      case "personalData" -> personalData(value);
      default -> RecordFields.field(type).read(entry.keyItem(map), problems)
          .flatMap(field -> fieldCondition(field, value));
    };
  }

  private Optional<List<Condition>> conditions(Item value) {
    List<Item> items = elements(value, "conditions");
    int before = problems.count();
    List<Condition> conditions = new ArrayList<>();
    items.forEach(i -> condition(i).ifPresent(conditions::add));
    return problems.count() > before || items.isEmpty()
        ? Optional.empty() : Optional.of(conditions);
  }

  private Optional<Condition> personalData(Item value) {
    List<Item> items = elements(value, "field names");
    int before = problems.count();
    List<String> fields = new ArrayList<>();
    items.forEach(i -> RecordFields.field(type).read(i, problems).ifPresent(fields::add));
    return problems.count() > before || items.isEmpty()
        ? Optional.empty() : Optional.of(new Condition.PersonalData(fields));
  }

  private Optional<Condition> fieldCondition(String field, Item value) {
    if (value.node() instanceof ScalarNode s && !s.isNull()) {
      return valueOf(field, value).map(v -> new Condition.Equals(field, v));
    } else if (value.node() instanceof MapNode map && map.entries().size() == 1
        && OPERATORS.contains(map.entries().keySet().iterator().next())) {
      MapNode.Entry operator = map.entries().values().iterator().next();
      Item operand = operator.valueItem(value.path());
      return switch (operator.key()) {
        case "in" -> in(field, operand);
        case "not" -> valueOf(field, operand)
            .map(v -> new Condition.Not(new Condition.Equals(field, v)));
        default -> Values.BOOLEAN.read(operand, problems).map(present -> present
            ? new Condition.Present(field)
            : new Condition.Not(new Condition.Present(field)));
      };
    }
    problems.add(value, "expected a value, or a map with one key, in, not or present; found "
        + value.node().describe());
    return Optional.empty();
  }

  private Optional<Condition> in(String field, Item operand) {
    List<Item> items = elements(operand, "values");
    int before = problems.count();
    Set<String> values = new LinkedHashSet<>();
    items.forEach(i -> valueOf(field, i).ifPresent(values::add));
    return problems.count() > before || items.isEmpty()
        ? Optional.empty() : Optional.of(new Condition.In(field, values));
  }

  private Optional<String> valueOf(String field, Item item) {
    return Values.TEXT.read(item, problems)
        .filter(v -> RecordFields.checkValue(type, field, v, item, problems));
  }

  /** The elements of a list of at least one, or a single value as a list of one. */
  private List<Item> elements(Item value, String what) {
    if (value.node() instanceof ListNode list) {
      if (list.items().isEmpty()) {
        problems.add(value, "is empty; expected at least one of the " + what);
      }
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        items.add(new Item(list.items().get(i), value.path().index(i)));
      }
      return items;
    }
    problems.add(value, "expected a list of " + what + ", found " + value.node().describe());
    return List.of();
  }
}
