package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code greendeal import eforms}: not written yet. */
@Command(name = "eforms", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ImportEformsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("import eforms is not available yet");
  }
}
