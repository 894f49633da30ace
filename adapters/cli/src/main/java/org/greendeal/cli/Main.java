package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code greendeal} command line: parses, runs one command, and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs greendeal with {@code args} and exits the JVM with the command's exit code. */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs greendeal with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine commandLine = new CommandLine(new GreendealCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(new Failures(debug))
        .setParameterExceptionHandler(new UsageErrors());
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
