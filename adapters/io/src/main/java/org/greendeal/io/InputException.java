package org.greendeal.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that was refused whole: it could not be read, or it was read and had one or more
 * problems. Nothing of it was loaded. The message lists every problem, one per line.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /** An exception listing {@code problems}, of which there is at least one. */
  public InputException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** An exception with one problem. */
  public InputException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, in the order of the files and, within a file, of their location. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an input exception needs at least one problem");
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
