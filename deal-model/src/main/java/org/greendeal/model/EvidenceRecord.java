package org.greendeal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One piece of recorded evidence. Parties are named as the evidence names them (an id, a name or
 * an alias); the rules engine resolves them against the deal, so that an unknown party becomes a
 * finding instead of a refused file.
 */
public interface EvidenceRecord {
  /** The kind of record. */
  RecordType type();

  /** The record's own id, for the kinds that have one. */
  default Optional<String> id() {
    return Optional.empty();
  }

  /** The day the record is dated (1 January of the year for a yearly contribution). */
  LocalDate date();

  /** Where the record was read from, if it was read from a file. */
  Optional<SourceRef> source();

  /** The parties named in {@code partyField} (one of {@link RecordType#partyFields()}). */
  default List<String> partiesIn(String partyField) {
    if (!type().partyFields().contains(partyField)) {
      return List.of();
    }
    Object value = field(partyField).orElse(null);
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }

  /**
   * The value of {@code field} (one of {@link RecordType#fields()}): a String, an enum, a number,
   * a date or a list; empty when the record leaves it out.
   */
  Optional<Object> field(String field);

  /** How findings name this record: its id, else {@code file:line}, else its kind and date. */
  default String ref() {
    return id().or(() -> source().map(SourceRef::fileAndLine))
        .orElseGet(() -> type().key() + "@" + date());
  }
}
