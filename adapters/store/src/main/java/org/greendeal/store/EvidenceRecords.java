package org.greendeal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableEvidence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The evidence records of every deal. Every change is one transaction with its audit event;
 * an update, delete or publication names the version it read and is refused with
 * {@link StaleVersionException} when the record has changed since.
 */
public final class EvidenceRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RowMapper<StoredRecord> MAPPER = (rs, ctx) -> new StoredRecord(
      rs.getLong("id"), rs.getString("deal_id"), rs.getString("kind"),
      Optional.ofNullable(rs.getString("record_id")), rs.getString("owner"), rs.getString("body"),
      rs.getInt("version"), rs.getBoolean("published"), rs.getBoolean("deleted"),
      rs.getObject("created_at", OffsetDateTime.class).toInstant(),
      rs.getObject("updated_at", OffsetDateTime.class).toInstant());

  private final Jdbi jdbi;
  private final Map<Long, Decoded> decoded = new ConcurrentHashMap<>();

  EvidenceRecords(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores a new record at version 1. */
  public StoredRecord create(String actor, String dealId, RecordContent content) {
    return createAll(actor, dealId, List.of(content)).get(0);
  }

  /** Stores new records at version 1, all or none, in the order given. */
  public List<StoredRecord> createAll(String actor, String dealId, List<RecordContent> contents) {
    return jdbi.inTransaction(h -> {
      List<StoredRecord> created = new ArrayList<>();
      for (RecordContent content : contents) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = h.createUpdate("INSERT INTO evidence_record (deal_id, kind, record_id, owner, "
                + "body, version, published, deleted, created_at, updated_at) VALUES (:deal, "
                + ":kind, :recordId, :owner, :body, 1, :published, FALSE, :at, :at)")
            .bind("deal", dealId).bind("kind", content.kind())
            .bind("recordId", content.recordId().orElse(null)).bind("owner", content.owner())
            .bind("body", content.body()).bind("published", content.published()).bind("at", now)
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        StoredRecord after = find(h, dealId, content.kind(), id).orElseThrow();
        AuditTrail.append(h, actor, "CREATE", dealId, after.subject(), null, state(after));
        created.add(after);
      }
      return created;
    });
  }

  /** The record {@code id} of {@code kind} in {@code dealId}, deleted or not. */
  public Optional<StoredRecord> find(String dealId, String kind, long id) {
    return jdbi.withHandle(h -> find(h, dealId, kind, id));
  }

  /** The records of {@code dealId} that are not deleted, of {@code kind} or of every kind, by id. */
  public List<StoredRecord> list(String dealId, Optional<String> kind) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM evidence_record WHERE deal_id = :deal"
            + " AND deleted = FALSE" + (kind.isPresent() ? " AND kind = :kind" : "")
            + " ORDER BY id")
        .bind("deal", dealId).bind("kind", kind.orElse(null)).map(MAPPER).list());
  }

  /**
   * A stamp of the state of {@code dealId}'s records that changes with every write (each raises a
   * version or adds a row), so that what is computed from them can be kept until it changes.
   */
  public String stamp(String dealId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS v,"
            + " COALESCE(MAX(id), 0) AS m FROM evidence_record WHERE deal_id = :deal")
        .bind("deal", dealId)
        .map((rs, ctx) -> rs.getLong("n") + "." + rs.getLong("v") + "." + rs.getLong("m")).one());
  }

  /** How many records of {@code dealId} are not deleted. */
  public long count(String dealId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM evidence_record WHERE deal_id = :deal AND deleted = FALSE")
        .bind("deal", dealId).mapTo(Long.class).one());
  }

  /**
   * Replaces the record with {@code content} if it is still at {@code expectedVersion}.
   *
   * @throws RecordNotFoundException if there is no such record or it was deleted
   * @throws StaleVersionException if it is at another version; nothing changes
   */
  public StoredRecord update(String actor, String dealId, String kind, long id,
      int expectedVersion, RecordContent content) {
    return change(actor, "UPDATE", dealId, kind, id, expectedVersion, h -> h.createUpdate(
            "UPDATE evidence_record SET record_id = :recordId, owner = :owner, body = :body, "
                + "published = :published, version = version + 1, updated_at = :at "
                + "WHERE id = :id AND deal_id = :deal AND kind = :kind AND version = :expected "
                + "AND deleted = FALSE")
        .bind("recordId", content.recordId().orElse(null)).bind("owner", content.owner())
        .bind("body", content.body()).bind("published", content.published()));
  }

  /**
   * Marks the record deleted (it is kept) if it is still at {@code expectedVersion}.
   *
   * @throws RecordNotFoundException if there is no such record or it was deleted already
   * @throws StaleVersionException if it is at another version; nothing changes
   */
  public StoredRecord delete(String actor, String dealId, String kind, long id,
      int expectedVersion) {
    return change(actor, "DELETE", dealId, kind, id, expectedVersion, h -> h.createUpdate(
        "UPDATE evidence_record SET deleted = TRUE, version = version + 1, updated_at = :at "
            + "WHERE id = :id AND deal_id = :deal AND kind = :kind AND version = :expected "
            + "AND deleted = FALSE"));
  }

  /**
   * Publishes the record (or withdraws it) if it is still at {@code expectedVersion}.
   *
   * @throws RecordNotFoundException if there is no such record or it was deleted
   * @throws StaleVersionException if it is at another version; nothing changes
   */
  public StoredRecord publish(String actor, String dealId, String kind, long id,
      int expectedVersion, boolean published) {
    return change(actor, published ? "PUBLISH" : "UNPUBLISH", dealId, kind, id, expectedVersion,
        h -> h.createUpdate("UPDATE evidence_record SET published = :published, "
                + "version = version + 1, updated_at = :at WHERE id = :id AND deal_id = :deal "
                + "AND kind = :kind AND version = :expected AND deleted = FALSE")
            .bind("published", published));
  }

  /**
   * The record a stored row holds, decoded through {@link RecordCodec} and kept per version, so
   * that a deal's evidence is decoded once and not at every request.
   */
  public Object decode(StoredRecord row) {
    Decoded cached = decoded.get(row.id());
    if (cached != null && cached.version == row.version()) {
      return cached.record;
    }
    Object record = RecordCodec.decodeStored(row.kind(), row.body(), row.subject());
    decoded.put(row.id(), new Decoded(row.version(), record));
    return record;
  }

  /** The evidence of {@code rows}, in their order, for deal {@code dealId}. */
  public Evidence evidence(String dealId, List<StoredRecord> rows) {
    ImmutableEvidence.Builder builder = ImmutableEvidence.builder().deal(dealId);
    for (StoredRecord row : rows) {
      RecordCodec.add(builder, decode(row));
    }
    return builder.build();
  }

  private interface Statement {
    org.jdbi.v3.core.statement.Update prepare(Handle h);
  }

  private StoredRecord change(String actor, String action, String dealId, String kind, long id,
      int expectedVersion, Statement statement) {
    try {
      return jdbi.inTransaction(h -> change(h, actor, action, dealId, kind, id, expectedVersion,
          statement));
    } catch (JdbiException e) {
      if (isConcurrentUpdate(e)) {
        int current = find(dealId, kind, id).map(StoredRecord::version).orElse(-1);
        throw new StaleVersionException(id, expectedVersion, current);
      }
      throw e;
    }
  }

  private StoredRecord change(Handle h, String actor, String action, String dealId, String kind,
      long id, int expectedVersion, Statement statement) {
    {
      StoredRecord before = find(h, dealId, kind, id)
          .filter(r -> !r.deleted())
          .orElseThrow(() -> new RecordNotFoundException(dealId, kind, id));
      if (before.version() != expectedVersion) {
        throw new StaleVersionException(id, expectedVersion, before.version());
      }
      int changed = statement.prepare(h).bind("id", id).bind("deal", dealId).bind("kind", kind)
          .bind("expected", expectedVersion).bind("at", OffsetDateTime.now(ZoneOffset.UTC))
          .execute();
      StoredRecord after = find(h, dealId, kind, id).orElseThrow();
      if (changed != 1) {
        throw new StaleVersionException(id, expectedVersion, after.version());
      }
      AuditTrail.append(h, actor, action, dealId, after.subject(), state(before), state(after));
      return after;
    }
  }

  private static boolean isConcurrentUpdate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        // 40001: serialization failure (PostgreSQL); H2 90131: concurrent update; 40P01 deadlock
        if ("40001".equals(state) || "40P01".equals(state) || sql.getErrorCode() == 90131
            || sql.getErrorCode() == 50200) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<StoredRecord> find(Handle h, String dealId, String kind, long id) {
    return h.createQuery("SELECT * FROM evidence_record WHERE id = :id AND deal_id = :deal "
            + "AND kind = :kind")
        .bind("id", id).bind("deal", dealId).bind("kind", kind).map(MAPPER).findOne();
  }

  /** The audit trail's JSON of a record's state. */
  static String state(StoredRecord r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", r.kind());
    node.put("id", r.id());
    r.recordId().ifPresent(id -> node.put("recordId", id));
    node.put("owner", r.owner());
    node.put("version", r.version());
    node.put("published", r.published());
    node.put("deleted", r.deleted());
    try {
      node.set("record", JSON.readTree(r.body()));
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON: " + r.subject(), e);
    }
  }

  private record Decoded(int version, Object record) {}
}
