package org.greendeal.rules;

/** How much a finding matters; {@code check} exits 1 when any finding is at ERROR. */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
