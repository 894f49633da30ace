package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code greendeal template}: not written yet. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "Not available yet.")
final class TemplateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("template is not available yet");
  }
}
