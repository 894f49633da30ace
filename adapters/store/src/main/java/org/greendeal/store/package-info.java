/**
 * JDBC persistence of deals, evidence records, parties that joined, API tokens and the audit
 * trail, on embedded H2 (the default, a file under {@code ./greendeal-data/}) or PostgreSQL.
 *
 * <p>Evidence lives in one table, {@code evidence_record}, with a {@code kind} column (the
 * evidence-file key, such as {@code trajectories}, or {@code joined} for a party that joined) and
 * the record itself as one JSON object in the evidence-file shape. The evidence codec of
 * {@code greendeal-io} stays the one definition of every record's fields: a field added to a
 * record type needs no migration, a stored record reads back through the same strict validation
 * as a file, and the engine reads a deal's evidence in one query. Columns hold what is searched
 * or checked: the deal, the kind, the record's own id, its owning party, its version, whether it
 * is published and whether it is deleted.
 *
 * <p>Every change is one transaction that also appends an {@link org.greendeal.store.AuditEvent}
 * with the state before and after. Deleting marks a record deleted; nothing is ever removed. Each
 * record has a version that every change raises by one; a change that names a stale version is
 * refused with {@link org.greendeal.store.StaleVersionException} and changes nothing.
 */
package org.greendeal.store;
