package org.greendeal.io;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * A map of a file, its keys in file order; a duplicate key was reported when the tree was read
 * and only its first occurrence is kept.
 */
record MapNode(int line, int column, Map<String, MapNode.Entry> entries) implements Node {
  MapNode {
    entries = ImmutableMap.copyOf(entries);
  }

  /** One key, where the key stands, and its value. */
  record Entry(String key, int line, int column, Node value) {
    /** The key itself as an item (for maps whose keys are values, such as role names). */
    Item keyItem(FieldPath map) {
      return new Item(
          new ScalarNode(line, column, ScalarNode.Kind.TEXT, key, Optional.empty()),
          map.key(key));
    }

    /** The value as an item of the map at {@code map}. */
    Item valueItem(FieldPath map) {
      return new Item(value, map.key(key));
    }
  }

  @Override
  public String describe() {
    return "a map";
  }
}
