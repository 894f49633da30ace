package org.greendeal.cli;

import org.greendeal.model.Deal;

/** Lines the command line says on stderr, beside its output. */
final class Notices {
  private Notices() {}

  static String demo(Deal deal) {
    return "greendeal: no --evidence given: using the ILLUSTRATIVE demo evidence of " + deal.id()
        + " (made up, not the deal's real record)";
  }
}
