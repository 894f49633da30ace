package org.greendeal.imports.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches column headers and sheet names as people type them: the Dutch part, the English part or
 * the whole {@code Dutch / English} header, ignoring case, accents, spaces and punctuation.
 */
final class Headers {
  private Headers() {}

  /** The comparison key of {@code text}: its letters and digits, lower case, without accents. */
  static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** The column of {@code type} that {@code header} names. */
  static Optional<Column> column(SheetType type, String header) {
    String key = key(header);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return type.columns().stream()
        .filter(c -> key.equals(key(c.dutch())) || key.equals(key(c.field()))
            || key.equals(key(c.header())))
        .findFirst();
  }
}
