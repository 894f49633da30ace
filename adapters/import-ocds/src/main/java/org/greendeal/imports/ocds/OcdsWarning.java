package org.greendeal.imports.ocds;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something an import left out of a trajectory that it did import, such as a value in a currency
 * other than euros.
 *
 * @param item the tender or lot, such as {@code releases.json: ocds-213czf-000-00001/LOT-1}
 * @param message what was left out and why
 */
public record OcdsWarning(String item, String message) {
  public OcdsWarning {
    checkNotNull(item, "item is null");
    checkNotNull(message, "message is null");
  }

  /** {@code item: warning: message}, the way the command line prints it. */
  @Override
  public String toString() {
    return item + ": warning: " + message;
  }
}
