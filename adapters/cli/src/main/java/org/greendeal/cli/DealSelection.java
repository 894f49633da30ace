package org.greendeal.cli;

import org.greendeal.io.DealCatalog;
import org.greendeal.model.Deal;
import picocli.CommandLine.Option;

/** The {@code --deal FILE|ID} option that commands share. */
final class DealSelection {
  @Option(names = "--deal", paramLabel = "FILE|ID", defaultValue = DealCatalog.BUILT_IN,
      description = "A deal file or the id of a built-in deal (default: ${DEFAULT-VALUE}).")
  String deal;

  Deal load() {
    return DealCatalog.standard().resolve(deal);
  }
}
