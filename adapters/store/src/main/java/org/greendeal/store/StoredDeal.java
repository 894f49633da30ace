package org.greendeal.store;

import java.time.Instant;

/**
 * A deal the store holds evidence for.
 *
 * @param id the deal's id, such as {@code gdci-2.0}
 * @param title its title
 * @param source where its definition comes from, such as {@code catalog:gdci-2.0}
 * @param createdAt when it was added
 */
public record StoredDeal(String id, String title, String source, Instant createdAt) {}
