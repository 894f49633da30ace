package org.greendeal.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The deals the store holds evidence for. */
public final class Deals {
  private final Jdbi jdbi;

  Deals(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds the deal {@code id} unless the store has it already; returns the stored deal. */
  public StoredDeal ensure(String id, String title, String source) {
    return jdbi.inTransaction(h -> {
      Optional<StoredDeal> existing = find(h, id);
      if (existing.isPresent()) {
        return existing.get();
      }
      h.createUpdate("INSERT INTO deal (id, title, source, created_at) "
              + "VALUES (:id, :title, :source, :at)")
          .bind("id", id).bind("title", title).bind("source", source)
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
      return find(h, id).orElseThrow();
    });
  }

  /** Records where the deal's definition and evidence come from, such as {@code catalog:gdci-2.0+demo}. */
  public void setSource(String id, String source) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE deal SET source = :source WHERE id = :id")
        .bind("id", id).bind("source", source).execute());
  }

  /** The deal with {@code id}, if the store has it. */
  public Optional<StoredDeal> find(String id) {
    return jdbi.withHandle(h -> find(h, id));
  }

  /** Every deal, by id. */
  public List<StoredDeal> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM deal ORDER BY id")
        .map((rs, ctx) -> new StoredDeal(rs.getString("id"), rs.getString("title"),
            rs.getString("source"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .list());
  }

  private static Optional<StoredDeal> find(org.jdbi.v3.core.Handle h, String id) {
    return h.createQuery("SELECT * FROM deal WHERE id = :id").bind("id", id)
        .map((rs, ctx) -> new StoredDeal(rs.getString("id"), rs.getString("title"),
            rs.getString("source"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .findOne();
  }
}
