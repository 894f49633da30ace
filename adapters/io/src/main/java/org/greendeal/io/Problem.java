package org.greendeal.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong with an input file, located where it was found.
 *
 * @param file the file name as the user gave it
 * @param line the 1-based line, or 0 when the problem concerns the whole file (it cannot be read)
 * @param column the 1-based column, or 0 with line 0
 * @param field the dotted and indexed path of the offending key, such as {@code
 *     trajectories[2].kind}; empty when the problem concerns no one field
 * @param message what was found and what was expected
 */
public record Problem(String file, int line, int column, String field, String message) {
  public Problem {
    checkNotNull(file, "file is null");
    checkNotNull(field, "field is null");
    checkNotNull(message, "message is null");
  }

  /** A problem with a whole file, such as "file not found". */
  public static Problem ofFile(String file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  /**
   * {@code file:line:column: field: message} on one line; the location is left out when line is 0
   * and the field when it is empty.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ");
    if (!field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(message.replace('\n', ' ')).toString();
  }
}
