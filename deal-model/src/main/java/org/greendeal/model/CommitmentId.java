package org.greendeal.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The code of a commitment, such as {@code IP-1} or {@code D-1}; also the code of a finding.
 *
 * @param value upper-case letters and digits in groups joined by hyphens
 */
public record CommitmentId(String value) implements Comparable<CommitmentId> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  public CommitmentId {
    checkNotNull(value, "commitment id is null");
    checkArgument(
        SHAPE.matcher(value).matches(),
        "commitment id must be upper-case letters and digits joined by hyphens: \"%s\"",
        value);
  }

  /** Returns the id for {@code value}. */
  public static CommitmentId of(String value) {
    return new CommitmentId(value);
  }

  /** Whether {@code value} has the shape of a commitment id. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(CommitmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
