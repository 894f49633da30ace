package org.greendeal.model;

import java.math.BigDecimal;
import java.util.Optional;

/** Checks shared by the records that carry euro amounts. */
final class Money {
  private Money() {}

  static void checkNotNegative(String field, BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalStateException(field + ": amount is negative: " + amount.toPlainString());
    }
  }

  static void checkNotNegative(String field, Optional<BigDecimal> amount) {
    amount.ifPresent(a -> checkNotNegative(field, a));
  }
}
