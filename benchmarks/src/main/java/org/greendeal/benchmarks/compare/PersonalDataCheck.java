package org.greendeal.benchmarks.compare;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether free text holds personal data (an e-mail address, a phone number, an IBAN with valid
 * check digits, a citizen service number passing the eleven test): the same test as the engine's
 * (deal-rules, {@code PersonalData}), restated here because the engine keeps its own internal.
 * Every judge other than the project's calls this one, so that they spend the same on it.
 */
public final class PersonalDataCheck {
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}");
  private static final Pattern DUTCH_PHONE =
      Pattern.compile("(?<![\\w+])(?:\\+31|0031|0)[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){8}(?!\\d)");
  private static final Pattern INTERNATIONAL_PHONE =
      Pattern.compile("(?<![\\d+])\\+[1-9]\\d{0,2}(?:[\\s-]?\\(?\\d+\\)?){2,6}");
  private static final Pattern IBAN_CANDIDATE =
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b");
  private static final Pattern BSN =
      Pattern.compile("(?<![\\d.,-])(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}\\.\\d{2}\\.\\d{3}\\.\\d)(?![\\d,-]|\\.\\d)");
  private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("FR", 27),
      Map.entry("GB", 22), Map.entry("LU", 20), Map.entry("ES", 24), Map.entry("IT", 27),
      Map.entry("AT", 20), Map.entry("DK", 18), Map.entry("IE", 22), Map.entry("PT", 25));

  private PersonalDataCheck() {}

  /** Whether any of the texts (null ones skipped) holds personal data. */
  public static boolean inAny(String... texts) {
    for (String text : texts) {
      if (text != null && holds(text)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds personal data. */
  public static boolean holds(String text) {
    return text.indexOf('@') >= 0 && EMAIL.matcher(text).find()
        || hasPhoneNumber(text) || hasIban(text) || hasBsn(text);
  }

  private static boolean hasPhoneNumber(String text) {
    if (DUTCH_PHONE.matcher(text).find()) {
      return true;
    }
    Matcher m = INTERNATIONAL_PHONE.matcher(text);
    while (m.find()) {
      if (m.group().replaceAll("\\D", "").length() >= 8) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasIban(String text) {
    Matcher m = IBAN_CANDIDATE.matcher(text);
    while (m.find()) {
      String candidate = m.group().replace(" ", "");
      Integer length = IBAN_LENGTHS.get(candidate.substring(0, 2));
      if (length != null) {
        if (candidate.length() >= length && validIban(candidate.substring(0, length))) {
          return true;
        }
      } else if (validIban(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static boolean validIban(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static boolean hasBsn(String text) {
    Matcher m = BSN.matcher(text);
    while (m.find()) {
      String digits = m.group(1).replace(".", "");
      if (elevenTest(digits)) {
        return true;
      }
    }
    return false;
  }

  private static boolean elevenTest(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum % 11 == 0 && !nineDigits.equals("000000000");
  }
}
