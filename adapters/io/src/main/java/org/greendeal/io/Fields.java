package org.greendeal.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The keys of one map being bound to a model value: required and optional keys, lists, and, when
 * done, the keys nobody asked for, which are unknown and reported. Every problem goes to the
 * file's {@link Problems}; a value is built only when its map had none.
 */
final class Fields {
  private final Item item;
  private final Problems problems;
  private final Map<String, MapNode.Entry> entries;
  private final boolean isMap;
  private final Set<String> known = new LinkedHashSet<>();
  private final int problemsAtStart;

  private Fields(Item item, Problems problems) {
    this.item = item;
    this.problems = problems;
    this.problemsAtStart = problems.count();
    this.isMap = item.node() instanceof MapNode;
    this.entries = item.node() instanceof MapNode map ? map.entries() : Map.of();
    if (!isMap) {
      problems.add(item, "expected a map, found " + item.node().describe());
    }
  }

  /** The fields of {@code item}; if it is not a map, a problem, and no further ones about it. */
  static Fields of(Item item, Problems problems) {
    return new Fields(item, problems);
  }

  /** The map's own item. */
  Item item() {
    return item;
  }

  Problems problems() {
    return problems;
  }

  /** The path of {@code key} in this map. */
  FieldPath path(String key) {
    return item.path().key(key);
  }

  /** The value of an optional key; empty when it is absent or has no value ({@code ~}). */
  Optional<Item> item(String key) {
    known.add(key);
    MapNode.Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    Item value = new Item(entry.value(), path(key));
    return value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** The value of a required key; a problem when it is absent or has no value. */
  Optional<Item> requiredItem(String key) {
    Optional<Item> value = item(key);
    if (value.isEmpty() && isMap) {
      MapNode.Entry entry = entries.get(key);
      if (entry == null) {
        problems.add(item.node(), path(key), "required key is missing");
      } else {
        problems.add(entry.value(), path(key), "required key has no value");
      }
    }
    return value;
  }

  /** Whether the map has {@code key} (with or without a value), without asking for it. */
  boolean has(String key) {
    return entries.containsKey(key);
  }

  <T> Optional<T> optional(String key, ValueReader<T> reader) {
    return item(key).flatMap(value -> reader.read(value, problems));
  }

  <T> Optional<T> required(String key, ValueReader<T> reader) {
    return requiredItem(key).flatMap(value -> reader.read(value, problems));
  }

  /**
   * The elements of an optional list; empty when the key is absent. A single value written
   * without brackets counts as a list of one.
   */
  List<Item> items(String key) {
    return item(key).map(this::elements).orElse(List.of());
  }

  /** The elements of a required list, which must have at least one. */
  List<Item> requiredItems(String key) {
    Optional<Item> list = requiredItem(key);
    List<Item> elements = list.map(this::elements).orElse(List.of());
    if (list.isPresent() && elements.isEmpty() && list.get().node() instanceof ListNode) {
      problems.add(list.get(), "is empty; expected at least one element");
    }
    return elements;
  }

  /** The values of an optional list, each read with {@code reader}. */
  <T> List<T> list(String key, ValueReader<T> reader) {
    return read(items(key), reader);
  }

  /** The values of a required list of at least one element, each read with {@code reader}. */
  <T> List<T> requiredList(String key, ValueReader<T> reader) {
    return read(requiredItems(key), reader);
  }

  /** Reports the keys nobody asked for as unknown. */
  void finish() {
    for (MapNode.Entry entry : entries.values()) {
      if (!known.contains(entry.key())) {
        problems.add(entry.line(), entry.column(), path(entry.key()), "unknown key \""
            + entry.key() + "\"; expected "
            + (known.isEmpty() ? "no keys, {}" : Values.oneOf(List.copyOf(known))));
      }
    }
  }

  /** Whether no problem was added since these fields were opened. */
  boolean clean() {
    return problems.count() == problemsAtStart;
  }

  /**
   * Finishes, then builds the value if this map had no problem; a constraint the model refuses
   * becomes a problem at the map.
   */
  <T> Optional<T> build(Supplier<T> builder) {
    finish();
    return clean() ? problems.attempt(item, builder) : Optional.empty();
  }

  private List<Item> elements(Item value) {
    if (value.node() instanceof ListNode list) {
      List<Item> elements = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        elements.add(new Item(list.items().get(i), value.path().index(i)));
      }
      return elements;
    } else if (value.node() instanceof ScalarNode) {
      return List.of(value);
    }
    problems.add(value, "expected a list, found " + value.node().describe());
    return List.of();
  }

  private <T> List<T> read(List<Item> elements, ValueReader<T> reader) {
    List<T> values = new ArrayList<>();
    for (Item element : elements) {
      reader.read(element, problems).ifPresent(values::add);
    }
    return values;
  }
}
