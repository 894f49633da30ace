package org.greendeal.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A text in Dutch and in English.
 *
 * @param nl the Dutch text, as the agreement has it
 * @param en the English text
 */
public record LocalizedText(String nl, String en) {
  public LocalizedText {
    checkNotNull(nl, "Dutch text is null");
    checkNotNull(en, "English text is null");
  }

  /** A text in Dutch and English. */
  public static LocalizedText of(String nl, String en) {
    return new LocalizedText(nl, en);
  }

  /** The same text in both languages (a name, a number). */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text);
  }

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.NL ? nl : en;
  }
}
