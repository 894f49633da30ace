package org.greendeal.imports.agreement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers: splitting into lines, white space, case, ids. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private Texts() {}

  /**
   * The lines of {@code text}: CRLF, CR and LF end a line; a byte-order mark, soft hyphens and
   * zero-width characters are dropped; tabs, page breaks (form feeds), no-break spaces and other
   * control or space characters become plain spaces.
   */
  static List<Line> lines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] raw = LINE_BREAK.split(body, -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(new Line(i + 1, clean(raw[i])));
    }
    return lines;
  }

  private static String clean(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
          || c == '\uFEFF') {
        continue;
      }
      b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          ? ' ' : c);
    }
    return b.toString();
  }

  /** {@code text} trimmed, runs of spaces collapsed to one. */
  static String collapse(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }

  /** {@code text} in lower case, for matching wording. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code text} ends a sentence: its last character is a full stop, ! or ?. */
  static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether {@code text} starts with a lower-case letter. */
  static boolean startsLowerCase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  /** Whether {@code text} has a letter or a digit. */
  static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * An id made of {@code text}: lower case, accents stripped, every run of other characters than
   * letters and digits (and, with {@code keepDots}, dots) a hyphen, no hyphen at either end. Empty
   * when {@code text} has no letter or digit that survives.
   */
  static String slug(String text, boolean keepDots) {
    String ascii = Normalizer.normalize(text.replace("ß", "ss").replace("æ", "ae")
        .replace("Æ", "AE").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
        .replace("Ł", "L").replace("œ", "oe"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String allowed = keepDots ? "[^a-z0-9.]+" : "[^a-z0-9]+";
    String slug = ascii.replaceAll(allowed, "-").replaceAll("^[-.]+|[-.]+$", "");
    return keepDots ? slug.replaceAll("\\.{2,}", ".").replaceAll("-?\\.-?", ".") : slug;
  }

  /** {@code text} cut at a word boundary to at most {@code max} characters, "…" marking a cut. */
  static String shorten(String text, int max) {
    String t = text.strip().replaceAll("[.;:,!?]+$", "");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:]+$", "") + "…";
  }
}
