package org.greendeal.imports.agreement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as an agreement writes them: digits or Dutch number words up to twenty ("minimaal twee",
 * "ten minste één"), and euro amounts with a full stop for thousands and a comma for cents
 * ("€ 1.500", "EUR 2.500,50", "1.500 euro").
 */
final class DutchNumbers {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("een", 1), Map.entry("één", 1), Map.entry("eén", 1), Map.entry("twee", 2),
      Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
      Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
      Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13),
      Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16),
      Map.entry("zeventien", 17), Map.entry("achttien", 18), Map.entry("negentien", 19),
      Map.entry("twintig", 20));
  private static final String NUMBER = "(\\d{1,6}|[\\p{L}]+)";
  private static final Pattern AT_LEAST = Pattern.compile(
      "\\b(?:minimaal|ten minste|tenminste|minstens|op zijn minst)\\s+(?:ieder\\s+|elk\\s+)?"
          + NUMBER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String AMOUNT = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-{1,2}))?";
  private static final Pattern EURO_FIRST =
      Pattern.compile("(?:€|\\beur\\b|\\beuro\\b)\\s*" + AMOUNT, Pattern.CASE_INSENSITIVE);
  private static final Pattern EURO_LAST =
      Pattern.compile("\\b" + AMOUNT + "\\s*(?:€|\\beuro\\b|\\beur\\b)", Pattern.CASE_INSENSITIVE);

  private DutchNumbers() {}

  /** The number that {@code word} writes: digits, or a Dutch number word. */
  static Optional<Integer> count(String word) {
    if (word.chars().allMatch(Character::isDigit) && !word.isEmpty()) {
      return Optional.of(Integer.parseInt(word));
    }
    return Optional.ofNullable(WORDS.get(Texts.lower(word)));
  }

  /** The number after "minimaal", "ten minste" and the like in {@code sentence}. */
  static Optional<Integer> atLeast(String sentence) {
    Matcher m = AT_LEAST.matcher(sentence);
    while (m.find()) {
      Optional<Integer> n = count(m.group(1));
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** The first euro amount in {@code sentence}. */
  static Optional<BigDecimal> amount(String sentence) {
    Matcher first = EURO_FIRST.matcher(sentence);
    if (first.find()) {
      return Optional.of(amount(first));
    }
    Matcher last = EURO_LAST.matcher(sentence);
    return last.find() ? Optional.of(amount(last)) : Optional.empty();
  }

  private static BigDecimal amount(Matcher m) {
    String units = m.group(1).replace(".", "");
    String cents = m.group(2);
    if (cents == null || cents.startsWith("-")) {
      return new BigDecimal(units);
    }
    return new BigDecimal(units + "." + cents);
  }
}
