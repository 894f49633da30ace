package org.greendeal.store;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the items on this page
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** The number of pages (at least 1). */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return page < pages();
  }

  /** This page with each item mapped. */
  public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
    return new Page<>(items.stream().<U>map(mapper).toList(), page, size, total);
  }

  /** The items of {@code all} on the page {@code request} asks for. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = (int) Math.min(all.size(), request.offset() + request.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }
}
