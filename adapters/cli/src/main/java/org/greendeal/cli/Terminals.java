package org.greendeal.cli;

import org.greendeal.reporting.Terminal;

/** Decides whether standard output is a terminal that takes colours. */
final class Terminals {
  private Terminals() {}

  static Terminal forStdout() {
    boolean tty = System.console() != null;
    boolean noColour = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
    return tty && !noColour ? Terminal.COLOUR : Terminal.PLAIN;
  }
}
