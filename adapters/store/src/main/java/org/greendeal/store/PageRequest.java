package org.greendeal.store;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Which page of a list to return.
 *
 * @param page the 1-based page number
 * @param size how many items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
  /** The largest page size. */
  public static final int MAX_SIZE = 500;

  public PageRequest {
    checkArgument(page >= 1, "page must be 1 or more: %s", page);
    checkArgument(size >= 1 && size <= MAX_SIZE, "size must be 1 to %s: %s", MAX_SIZE, size);
  }

  /** The page {@code page} of {@code size} items. */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /** Every item, in one page of the largest size. */
  public static PageRequest all() {
    return new PageRequest(1, MAX_SIZE);
  }

  /** The number of items before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }
}
