package org.greendeal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The problems found in one file so far. Binders add to it instead of stopping at the first, and
 * turn the constraint failures of the model into problems at the record concerned.
 */
final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(int line, int column, FieldPath field, String message) {
    found.add(new Problem(file, line, column, field.text(), message));
  }

  void add(Node at, FieldPath field, String message) {
    add(at.line(), at.column(), field, message);
  }

  void add(Item at, String message) {
    add(at.node(), at.path(), message);
  }

  /** A problem with the whole file. */
  void addFile(String message) {
    found.add(Problem.ofFile(file, message));
  }

  /** How many problems there are; a binder compares counts to see whether its part was clean. */
  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems ordered by where they are in the file (stable for one place). */
  List<Problem> list() {
    List<Problem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }

  /** Throws an {@link InputException} with every problem, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InputException(list());
    }
  }

  /**
   * Builds a model value, turning a constraint it refuses (an IllegalStateException or
   * IllegalArgumentException from a check or a record constructor) into a problem at {@code at}.
   */
  <T> Optional<T> attempt(Item at, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalStateException | IllegalArgumentException e) {
      add(at, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }
}
