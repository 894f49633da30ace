package org.greendeal.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How evidence names are compared with a deal's parties: without case, accents or punctuation, so
 * that "Coöperatieve Rabobank", "cooperatieve rabobank" and "Enexis," find their party.
 */
public final class PartyNames {
  private PartyNames() {}

  /** The comparison key of {@code name}: letters and digits only, lower case, no accents. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
