package org.greendeal.imports.spreadsheet;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in euros typed as text, with a Dutch decimal comma ({@code 1.500,50}) or a decimal point
 * ({@code 1500.50}), optionally with a euro sign. A single separator followed by exactly three
 * digits ({@code 1.500}, {@code 1,500}) could be either and is refused, not guessed.
 */
final class Amounts {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private Amounts() {}

  /** Why a text is not an amount: what it is, and what to write instead (empty: the usual). */
  static final class NotAnAmount extends Exception {
    private static final long serialVersionUID = 1L;

    private final String hint;

    NotAnAmount(String reason, String hint) {
      super(reason);
      this.hint = hint;
    }

    NotAnAmount(String reason) {
      this(reason, "");
    }

    String hint() {
      return hint;
    }
  }

  /**
   * The amount {@code text} holds, negative if it has a minus sign, without trailing zeros.
   *
   * @throws NotAnAmount saying what is wrong, if it is none or could be two
   */
  static BigDecimal parse(String text) throws NotAnAmount {
    String s = text.replaceAll("[\\s\\u00A0\\u202F]", "");
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("eur")) {
      s = s.substring(3);
    } else if (lower.endsWith("eur")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.replace("€", "");
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (!s.matches("[0-9.,]+") || !s.matches(".*\\d.*")) {
      throw new NotAnAmount("not an amount");
    }
    BigDecimal value = unsigned(s);
    BigDecimal plain = value.stripTrailingZeros();
    plain = plain.scale() < 0 ? plain.setScale(0) : plain;
    return negative ? plain.negate() : plain;
  }

  private static BigDecimal unsigned(String s) throws NotAnAmount {
    int dot = s.lastIndexOf('.');
    int comma = s.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      char decimal = dot > comma ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      int at = Math.max(dot, comma);
      return number(grouped(s.substring(0, at), group), s.substring(at + 1));
    } else if (dot < 0 && comma < 0) {
      return number(s, "");
    }
    char separator = dot >= 0 ? '.' : ',';
    int at = Math.max(dot, comma);
    if (s.indexOf(separator) != at) {
      return number(grouped(s, separator), "");
    }
    String whole = s.substring(0, at);
    String fraction = s.substring(at + 1);
    if (fraction.length() == 3 && whole.matches("[1-9]\\d{0,2}")) {
      String small = new BigDecimal(whole + "." + fraction).stripTrailingZeros().toPlainString();
      throw new NotAnAmount("ambiguous amount", whole + fraction + " or " + small + "? write "
          + whole + fraction + ",00 or " + small.replace('.', ','));
    }
    return number(whole, fraction);
  }

  /** The digits of {@code s}, whose groups of three are separated by {@code group}. */
  private static String grouped(String s, char group) throws NotAnAmount {
    String quoted = Pattern.quote(String.valueOf(group));
    if (!s.matches("\\d{1,3}(" + quoted + "\\d{3})*")) {
      throw new NotAnAmount("not an amount", "digits are grouped by three with " + group);
    }
    return s.replace(String.valueOf(group), "");
  }

  private static BigDecimal number(String whole, String fraction) throws NotAnAmount {
    if (!DIGITS.matcher(whole).matches() || !fraction.isEmpty()
        && !DIGITS.matcher(fraction).matches()) {
      throw new NotAnAmount("not an amount");
    }
    return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
  }
}
