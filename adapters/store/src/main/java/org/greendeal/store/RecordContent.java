package org.greendeal.store;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a caller writes of a record: everything but the bookkeeping.
 *
 * @param kind its evidence-file key
 * @param recordId the record's own id, if its kind has one
 * @param owner the party it belongs to
 * @param body the record as one JSON object in the evidence-file shape ({@link RecordCodec#encode})
 * @param published whether the public may see it
 */
public record RecordContent(String kind, Optional<String> recordId, String owner, String body,
    boolean published) {
  public RecordContent {
    checkNotNull(kind, "kind is null");
    checkNotNull(recordId, "record id is null");
    checkNotNull(owner, "owner is null");
    checkNotNull(body, "body is null");
  }
}
