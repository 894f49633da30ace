package org.greendeal.imports.agreement;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations of party names: the one an annex gives in brackets ("Ministerie van
 * Infrastructuur en Waterstaat (IenW)"), and the ones a name's initials make ("Economische Zaken en
 * Klimaat": EZK or EZenK), by which the text's "van EZK" finds a ministry the annex abbreviates
 * "EZ".
 */
final class Abbreviations {
  private static final Pattern BRACKETED =
      Pattern.compile("(.*?)\\s*\\(([\\p{L}\\p{N}&.\\-]{1,12})\\)\\s*");
  private static final Pattern MINISTRY =
      Pattern.compile("ministerie van (.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Abbreviations() {}

  /** The name without trailing commas, semicolons or colons ("Enexis," is "Enexis"). */
  static String withoutTrailingPunctuation(String name) {
    return name.replaceAll("[\\s,;:]+$", "");
  }

  /** The abbreviation in brackets at the end of {@code name}. */
  static Optional<String> bracketed(String name) {
    Matcher m = BRACKETED.matcher(withoutTrailingPunctuation(name));
    return m.matches() && !m.group(1).isEmpty() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** {@code name} without trailing punctuation and without a bracketed abbreviation at its end. */
  static String displayName(String name) {
    String bare = withoutTrailingPunctuation(name);
    Matcher m = BRACKETED.matcher(bare);
    return m.matches() && !m.group(1).isEmpty() ? m.group(1) : bare;
  }

  /** For "Ministerie van X", X; the ministry's short name. */
  static Optional<String> ministryShortName(String displayName) {
    Matcher m = MINISTRY.matcher(displayName);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The abbreviations that the capitals of {@code displayName} make (after "Ministerie van"), in
   * lower case, with and without a lower-case "en" between them: {@code ienw} and {@code iw} for
   * "Infrastructuur en Waterstaat".
   */
  static Set<String> initials(String displayName) {
    String words = ministryShortName(displayName).orElse(displayName);
    StringBuilder with = new StringBuilder();
    StringBuilder without = new StringBuilder();
    for (String word : words.split("[\\s,/]+")) {
      if (word.equals("en")) {
        with.append("en");
      } else if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        String letter = new String(Character.toChars(word.codePointAt(0)));
        with.append(letter);
        without.append(letter);
      }
    }
    Set<String> all = new LinkedHashSet<>();
    all.add(Texts.lower(with.toString()));
    all.add(Texts.lower(without.toString()));
    return all;
  }
}
