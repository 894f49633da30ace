package org.greendeal.store;

/**
 * A change named a version that is no longer the record's: someone changed it in between. Nothing
 * was changed; the caller reads the record again and decides.
 */
public final class StaleVersionException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final long recordId;
  private final int expected;
  private final int current;

  /** The change of record {@code recordId} expected {@code expected}, but it is at {@code current}. */
  public StaleVersionException(long recordId, int expected, int current) {
    super("record " + recordId + " is at version " + current + ", not " + expected);
    this.recordId = recordId;
    this.expected = expected;
    this.current = current;
  }

  /** The record's store id. */
  public long recordId() {
    return recordId;
  }

  /** The version the change named. */
  public int expected() {
    return expected;
  }

  /** The record's current version. */
  public int current() {
    return current;
  }
}
