package org.greendeal.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored evidence record (or party that joined) and its bookkeeping.
 *
 * @param id the store's id of the record, stable across versions
 * @param dealId the deal it is evidence for
 * @param kind its evidence-file key, such as {@code trajectories}, or {@code joined}
 * @param recordId the record's own id, for the kinds that have one
 * @param owner the party it belongs to: the one its first party field names (resolved to the
 *     party's id where the deal knows the name)
 * @param body the record as one JSON object in the evidence-file shape
 * @param version raised by one at every change, starting at 1
 * @param published whether the public may see it
 * @param deleted whether it was deleted (it is kept, marked)
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record StoredRecord(long id, String dealId, String kind, Optional<String> recordId,
    String owner, String body, int version, boolean published, boolean deleted,
    Instant createdAt, Instant updatedAt) {

  /** {@code kind/id}, how the audit trail names the record. */
  public String subject() {
    return kind + "/" + id;
  }
}
