package org.greendeal.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.PartyId;

/**
 * An ordered map being written out: values become what a file holds (dates as ISO text, enums
 * and ids by name, amounts as numbers), and empty optionals and empty lists are left out.
 */
final class OutMap {
  private final Map<String, Object> map = new LinkedHashMap<>();

  static OutMap create() {
    return new OutMap();
  }

  OutMap put(String key, Object value) {
    map.put(key, plain(value));
    return this;
  }

  OutMap putIfPresent(String key, Optional<?> value) {
    value.ifPresent(v -> put(key, v));
    return this;
  }

  OutMap putIfNotEmpty(String key, Collection<?> values) {
    if (!values.isEmpty()) {
      put(key, List.copyOf(values));
    }
    return this;
  }

  boolean isEmpty() {
    return map.isEmpty();
  }

  int size() {
    return map.size();
  }

  /** The map, ready for {@link Format#write}. */
  Map<String, Object> toMap() {
    return map;
  }

  private static Object plain(Object value) {
    if (value instanceof LocalDate || value instanceof PartyId || value instanceof CommitmentId) {
      return value.toString();
    } else if (value instanceof Enum<?> constant) {
      return constant.name();
    } else if (value instanceof OutMap out) {
      return out.toMap();
    } else if (value instanceof Collection<?> values) {
      return values.stream().map(OutMap::plain).toList();
    }
    return value;
  }
}
