package org.greendeal.reporting;

import org.greendeal.rules.Severity;

/** Whether text output may use ANSI colours; on a terminal yes, into a pipe or a file no. */
public enum Terminal {
  /** Colours for severities. */
  COLOUR,
  /** Plain text. */
  PLAIN;

  String paint(Severity severity, String text) {
    if (this == PLAIN) {
      return text;
    }
    String code = switch (severity) {
      case ERROR -> "\u001b[31;1m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[32m";
    };
    return code + text + "\u001b[0m";
  }

  String bold(String text) {
    return this == PLAIN ? text : "\u001b[1m" + text + "\u001b[0m";
  }
}
