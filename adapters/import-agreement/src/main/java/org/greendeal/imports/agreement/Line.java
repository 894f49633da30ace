package org.greendeal.imports.agreement;

/**
 * One line of the agreement text, with its 1-based number as an editor counts it; its text has
 * every kind of white space (tabs, page breaks, no-break spaces) turned into plain spaces.
 */
record Line(int number, String text) {
  /** The text without leading and trailing spaces, runs of spaces collapsed to one. */
  String trimmed() {
    return Texts.collapse(text);
  }

  /** The 1-based column of the first character that is not a space; 1 for a blank line. */
  int column() {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        return i + 1;
      }
    }
    return 1;
  }
}
