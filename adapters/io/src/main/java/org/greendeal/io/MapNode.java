package org.greendeal.io;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A map of a file, its keys in file order; a duplicate key was reported when the tree was read
 * and only its first occurrence is kept.
 */
record MapNode(int line, int column, Map<String, MapNode.Entry> entries) implements Node {
  MapNode {
    entries = ImmutableMap.copyOf(entries);
  }

  /** One key, where the key stands, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  @Override
  public String describe() {
    return "a map";
  }
}
