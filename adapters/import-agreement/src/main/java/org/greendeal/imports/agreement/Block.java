package org.greendeal.imports.agreement;

import java.util.List;
import java.util.Optional;
import org.greendeal.model.Role;

/**
 * One item of an agreement text: a bullet with its wrapped lines, a paragraph, a heading or, in
 * the annex, a role heading.
 *
 * @param kind what it is
 * @param text its text, lines joined with single spaces (a bullet's without its marker)
 * @param parts what each of its lines contributed, in order
 * @param line the line it starts on
 * @param column the column it starts at
 * @param role for a role heading, the role it names
 */
record Block(Kind kind, String text, List<Part> parts, int line, int column,
    Optional<Role> role) {
  Block {
    parts = List.copyOf(parts);
  }

  /**
   * The text one line contributed to a block.
   *
   * @param text the text, trimmed (a bullet's first line without its marker)
   * @param line the line's number
   * @param column the column where the line's text starts
   */
  record Part(String text, int line, int column) {}

  /** The kinds of block. */
  enum Kind { HEADING, ROLE_HEADING, BULLET, PARAGRAPH }

  boolean is(Kind other) {
    return kind == other;
  }

  /** The line and column of the character at {@code offset} in {@link #text()}. */
  int[] locate(int offset) {
    int start = 0;
    for (Part part : parts) {
      int end = start + part.text().length();
      if (offset <= end) {
        return new int[] {part.line(), part.column() + Math.max(0, offset - start)};
      }
      start = end + 1;
    }
    return new int[] {line, column};
  }
}
