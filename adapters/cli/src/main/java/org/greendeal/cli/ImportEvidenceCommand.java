package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code greendeal import evidence}: not written yet. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ImportEvidenceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("import evidence is not available yet");
  }
}
