package org.greendeal.io;

import java.util.Optional;

/**
 * Reads one item as a value of type {@code T}; when it cannot, adds a problem at the item and
 * returns empty.
 */
@FunctionalInterface
interface ValueReader<T> {
  Optional<T> read(Item item, Problems problems);
}
