package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code greendeal import agreement}: not written yet. */
@Command(name = "agreement", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ImportAgreementCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("import agreement is not available yet");
  }
}
