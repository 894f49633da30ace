package org.greendeal.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greendeal.reporting.model.Bucket;

/** Counts and sums per key, listed largest first. */
final class Buckets {
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, BigDecimal> values = new LinkedHashMap<>();

  void add(String key, BigDecimal value) {
    counts.merge(key, 1, Integer::sum);
    values.merge(key, value, BigDecimal::add);
  }

  List<Bucket> list() {
    List<Bucket> buckets = new ArrayList<>();
    counts.forEach((key, count) -> buckets.add(new Bucket(key, count, values.get(key))));
    buckets.sort(Comparator.comparingInt(Bucket::count).reversed().thenComparing(Bucket::key));
    return buckets;
  }
}
