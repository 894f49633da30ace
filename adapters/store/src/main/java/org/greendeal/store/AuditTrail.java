package org.greendeal.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The audit trail: every change, newest first; append only. */
public final class AuditTrail {
  private static final RowMapper<AuditEvent> MAPPER = (rs, ctx) -> new AuditEvent(
      rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
      rs.getString("actor"), rs.getString("action"), Optional.ofNullable(rs.getString("deal_id")),
      rs.getString("subject"), Optional.ofNullable(rs.getString("before_json")),
      Optional.ofNullable(rs.getString("after_json")));

  private final Jdbi jdbi;

  AuditTrail(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A page of the events of deal {@code dealId} (and of no deal, such as tokens), newest first. */
  public Page<AuditEvent> list(String dealId, PageRequest request) {
    return jdbi.withHandle(h -> {
      long total = h.createQuery("SELECT COUNT(*) FROM audit_event "
              + "WHERE deal_id = :deal OR deal_id IS NULL")
          .bind("deal", dealId).mapTo(Long.class).one();
      var items = h.createQuery("SELECT * FROM audit_event WHERE deal_id = :deal OR deal_id IS NULL "
              + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
          .bind("deal", dealId).bind("limit", request.size()).bind("offset", request.offset())
          .map(MAPPER).list();
      return new Page<>(items, request.page(), request.size(), total);
    });
  }

  /** The events about {@code subject} ({@code trajectories/17}), oldest first. */
  public java.util.List<AuditEvent> about(String subject) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT * FROM audit_event WHERE subject = :subject ORDER BY id")
        .bind("subject", subject).map(MAPPER).list());
  }

  /** Appends an event inside the caller's transaction. */
  static void append(Handle h, String actor, String action, String dealId, String subject,
      String before, String after) {
    h.createUpdate("INSERT INTO audit_event (at, actor, action, deal_id, subject, before_json, "
            + "after_json) VALUES (:at, :actor, :action, :deal, :subject, :before, :after)")
        .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", actor)
        .bind("action", action).bind("deal", dealId).bind("subject", subject)
        .bind("before", before).bind("after", after).execute();
  }
}
