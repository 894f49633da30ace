package org.greendeal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  static String resource(String name) {
    try {
      Path path = Paths.get(Cli.class.getResource("/cli/" + name).toURI());
      return path.toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
