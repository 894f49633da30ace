package org.greendeal.cli;

/** Bad input found by a command itself; its message is shown as it is, and the exit code is 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
