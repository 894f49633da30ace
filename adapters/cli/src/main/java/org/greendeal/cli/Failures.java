package org.greendeal.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.greendeal.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message on stderr and an exit code: bad input gets its
 * located problems and exit 2; anything else is a bug, shown in one line, with the stack trace
 * only under {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler {
  private final boolean debug;

  Failures(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    var err = commandLine.getErr();
    if (debug) {
      e.printStackTrace(err);
    }
    if (e instanceof InputException input) {
      input.problems().forEach(p -> err.println(p));
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof UserError) {
      err.println("greendeal: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof UncheckedIOException io) {
      String what = io.getCause() instanceof NoSuchFileException missing
          ? "no such file: " + missing.getFile() : io.getCause().getMessage();
      err.println("greendeal: " + what);
      return ExitCode.BAD_INPUT;
    }
    err.println("greendeal: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
    return ExitCode.INTERNAL_ERROR;
  }
}
