package org.greendeal.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A list of a file. */
record ListNode(int line, int column, List<Node> items) implements Node {
  ListNode {
    items = ImmutableList.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
