package org.greendeal.io;

/**
 * A value read from a deal or evidence file, with the line and column (1-based) where it starts:
 * a {@link MapNode}, a {@link ListNode} or a {@link ScalarNode}.
 */
sealed interface Node permits MapNode, ListNode, ScalarNode {
  int line();

  int column();

  /** How a message names what was found: {@code a map}, {@code a list}, {@code "NEWISH"}. */
  String describe();
}
