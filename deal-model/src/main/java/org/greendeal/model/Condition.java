package org.greendeal.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * A test on one evidence record, part of the criteria language. Values are compared as text
 * (an enum by its name, a date in ISO form); a list field matches when any element does.
 */
public sealed interface Condition {

  /** Every record matches. */
  record Always() implements Condition {}

  /** {@code field} equals {@code value}. */
  record Equals(String field, String value) implements Condition {}

  /** {@code field} is one of {@code values}. */
  record In(String field, Set<String> values) implements Condition {
    public In {
      values = ImmutableSet.copyOf(values);
    }
  }

  /** {@code field} is given and not blank. */
  record Present(String field) implements Condition {}

  /**
   * The text of one of {@code fields} holds personal data: an e-mail address, a phone number, an
   * IBAN or a citizen service number (BSN).
   */
  record PersonalData(List<String> fields) implements Condition {
    public PersonalData {
      fields = ImmutableList.copyOf(fields);
    }
  }

  /** The record does not match {@code condition}. */
  record Not(Condition condition) implements Condition {}

  /** The record matches any of {@code conditions}. */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = ImmutableList.copyOf(conditions);
    }
  }

  /** The record matches all of {@code conditions}. */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = ImmutableList.copyOf(conditions);
    }
  }

  /** The condition that every record meets. */
  static Condition always() {
    return new Always();
  }

  /** The fields this condition reads. */
  default List<String> fieldsRead() {
    if (this instanceof Equals e) {
      return List.of(e.field());
    } else if (this instanceof In i) {
      return List.of(i.field());
    } else if (this instanceof Present p) {
      return List.of(p.field());
    } else if (this instanceof PersonalData p) {
      return p.fields();
    } else if (this instanceof Not n) {
      return n.condition().fieldsRead();
    } else if (this instanceof Any a) {
      return a.conditions().stream().flatMap(c -> c.fieldsRead().stream()).toList();
    } else if (this instanceof All a) {
      return a.conditions().stream().flatMap(c -> c.fieldsRead().stream()).toList();
    }
    return List.of();
  }

  /** Refuses a condition that reads a field {@code records} do not have. */
  default void checkFields(RecordType records) {
    for (String field : fieldsRead()) {
      checkArgument(records.fields().contains(field),
          "%s have no field \"%s\"; they have %s", records.key(), field, records.fields());
    }
  }
}
