package org.greendeal.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a record was read from, so that findings and errors can point at it.
 *
 * @param file the file name as given by the user
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourceRef(String file, int line, int column) {
  public SourceRef {
    checkNotNull(file, "file is null");
  }

  /** {@code file:line}, the way a finding names a record without an id. */
  public String fileAndLine() {
    return file + ":" + line;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
