package org.greendeal.reporting;

/**
 * Neutralises spreadsheet formulas in text cells (CSV and XLSX), as OWASP advises against CSV
 * injection: a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a single quote {@code '} in front, so that a spreadsheet shows it as text and never
 * evaluates it ({@code =HYPERLINK(...)} in an evidence title becomes {@code '=HYPERLINK(...)}).
 *
 * <p>It applies to every text cell: ids, names, titles, messages, evidence. Numbers that a renderer
 * writes as numbers are not text and are left alone; amounts and counts are never negative anyway.
 * A text that does not start with one of those characters is returned unchanged, so ordinary text,
 * HTML included, reads back exactly as it was.
 */
final class FormulaGuard {
  /** The quote that marks a cell as text. */
  static final char QUOTE = '\'';

  private FormulaGuard() {}

  /** Whether a spreadsheet could take {@code text} for a formula. */
  static boolean risky(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      default -> false;
    };
  }

  /** {@code text} made safe for a text cell: quoted if risky, else unchanged; {@code null} as "". */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    return risky(text) ? QUOTE + text : text;
  }
}
