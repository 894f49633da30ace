package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code greendeal import ocds}: not written yet. */
@Command(name = "ocds", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ImportOcdsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("import ocds is not available yet");
  }
}
