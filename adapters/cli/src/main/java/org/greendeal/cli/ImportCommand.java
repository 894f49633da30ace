package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code greendeal import}: brings agreement texts, spreadsheets, eForms notices and OCDS data in. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports an agreement text as a deal file, or spreadsheets, eForms notices and "
        + "OCDS releases as evidence.",
    subcommands = {ImportAgreementCommand.class, ImportEvidenceCommand.class,
        ImportEformsCommand.class, ImportOcdsCommand.class})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(
        "greendeal import: name what to import: agreement, evidence, eforms or ocds.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }
}
