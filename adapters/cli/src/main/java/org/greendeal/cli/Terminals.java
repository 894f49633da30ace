package org.greendeal.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import org.greendeal.reporting.Terminal;

/** Decides whether standard output is a terminal, and whether it takes colours. */
final class Terminals {
  private Terminals() {}

  /** Colours on a terminal, unless NO_COLOR is set or the terminal is dumb. */
  static Terminal forStdout() {
    boolean noColour = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
    return stdoutIsTerminal() && !noColour ? Terminal.COLOUR : Terminal.PLAIN;
  }

  /**
   * Whether standard output is a terminal: there is a console, and (on Java 22 and later, where a
   * console may stand for a redirected stream) the console says it is a terminal.
   */
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      return true;
    }
  }
}
