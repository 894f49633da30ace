package org.greendeal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command; it only dispatches to its subcommands. */
@Command(
    name = "greendeal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks the evidence of a Dutch Green Deal against its commitments.",
    subcommands = {DealCommand.class, CheckCommand.class, ReportCommand.class,
        ImportCommand.class, TemplateCommand.class, ServeCommand.class, TokenCommand.class},
    footer = {"", "Exit codes: 0 success (check: nothing at ERROR), 1 check found an ERROR,",
        "2 bad input or usage.", "Run 'greendeal COMMAND --help' for a command's options."})
final class GreendealCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--debug", description = "Show stack traces of errors.", scope =
      picocli.CommandLine.ScopeType.INHERIT)
  boolean debug;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("greendeal: name a command: deal, check, report, import, template, serve or token.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }
}
