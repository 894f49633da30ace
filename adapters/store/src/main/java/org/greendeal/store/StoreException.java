package org.greendeal.store;

/** A store operation that cannot be done as asked; nothing was changed. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public StoreException(String message) {
    super(message);
  }

  /** An exception with {@code message} and its {@code cause}. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
