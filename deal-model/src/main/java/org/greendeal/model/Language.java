package org.greendeal.model;

import java.util.Locale;

/** The languages greendeal speaks: the deal's own (Dutch) and English. */
public enum Language {
  NL(Locale.forLanguageTag("nl-NL")),
  EN(Locale.forLanguageTag("en-GB"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale for formatting dates and amounts in this language. */
  public Locale locale() {
    return locale;
  }
}
