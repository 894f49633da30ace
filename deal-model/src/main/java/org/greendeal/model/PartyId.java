package org.greendeal.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The fixed, lower-case id of a party or organisational unit of a deal, such as {@code
 * provincie-utrecht}, {@code rvo} or {@code 706}.
 *
 * @param value lower-case letters, digits and hyphens, starting with a letter or digit
 */
public record PartyId(String value) implements Comparable<PartyId> {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public PartyId {
    checkNotNull(value, "party id is null");
    checkArgument(
        SHAPE.matcher(value).matches(),
        "party id must be lower-case letters, digits and hyphens: \"%s\"",
        value);
  }

  /** Returns the id for {@code value}; see the record's shape rules. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  /** Whether {@code value} has the shape of a party id. */
  public static boolean isValid(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
