package org.greendeal.imports.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values read from one row, by evidence-file field; a blank cell has none. */
final class RowValues {
  private final Map<String, Object> values = new HashMap<>();

  void put(String field, Object value) {
    values.put(field, value);
  }

  <T> Optional<T> get(String field, Class<T> type) {
    return Optional.ofNullable(values.get(field)).map(type::cast);
  }

  /** The list in {@code field}, each element a {@code type}; empty when the cell was blank. */
  <T> List<T> list(String field, Class<T> type) {
    return get(field, List.class).map(list -> ((List<?>) list).stream().map(type::cast).toList())
        .orElse(List.of());
  }
}
