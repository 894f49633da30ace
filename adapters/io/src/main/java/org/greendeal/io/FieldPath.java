package org.greendeal.io;

/**
 * The dotted and indexed path of a key in a file, such as {@code trajectories[2].kind}, as
 * problems name it.
 */
record FieldPath(String text) {
  /** The file's top level, which has the empty path. */
  static final FieldPath ROOT = new FieldPath("");

  /** The path of {@code key} inside this map. */
  FieldPath key(String key) {
    return new FieldPath(text.isEmpty() ? key : text + "." + key);
  }

  /** The path of element {@code index} (0-based) of this list. */
  FieldPath index(int index) {
    return new FieldPath(text + "[" + index + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}
