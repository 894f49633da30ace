package org.greendeal.cli;

/** The exit codes of greendeal, as the public contract gives them. */
final class ExitCode {
  /** Success; for {@code check}: no finding at ERROR. */
  static final int OK = 0;
  /** {@code check}: a finding at ERROR. */
  static final int FINDINGS_AT_ERROR = 1;
  /** Bad input or usage; the message is on stderr. */
  static final int BAD_INPUT = 2;
  /** A bug in greendeal itself. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
