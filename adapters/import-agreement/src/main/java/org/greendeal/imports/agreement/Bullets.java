package org.greendeal.imports.agreement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bullet markers as PDF extracts give them: two or more hyphens ("--") or a bullet sign (•, ▪, ●,
 * ◦, ■, ►, ➢, or the private-use bullets of the Symbol and Wingdings fonts). A single hyphen is no
 * bullet: wrapped text may start a line with one ("- Van pilot naar opschaling").
 */
final class Bullets {
  private static final Pattern MARKER =
      Pattern.compile("^(?:-{2,}|[•▪●○◦·■□►➢\uF0B7\uF0A7\uF076\uF0D8])\\s*");

  private Bullets() {}

  /** The text after the bullet marker that starts {@code line} (trimmed), if it starts with one. */
  static Optional<String> strip(String line) {
    Matcher m = MARKER.matcher(line);
    return m.find() ? Optional.of(line.substring(m.end())) : Optional.empty();
  }
}
