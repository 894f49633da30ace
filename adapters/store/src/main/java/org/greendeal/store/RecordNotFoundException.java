package org.greendeal.store;

/** No record (of that deal and kind) has the id asked for, or it was deleted. */
public final class RecordNotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** No record {@code id} of {@code kind} in {@code dealId}. */
  public RecordNotFoundException(String dealId, String kind, long id) {
    super("no " + kind + " record " + id + " in deal " + dealId);
  }
}
