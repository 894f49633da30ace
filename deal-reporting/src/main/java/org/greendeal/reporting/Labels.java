package org.greendeal.reporting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Role;
import org.greendeal.rules.Status;

/**
 * The words and formats of a report in one language: headings from {@code labels_nl/en.properties},
 * dates ({@code 31 december 2020}) and amounts ({@code € 1.500,00}) formatted for the language.
 */
public final class Labels {
  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  /** The labels of {@code language}. */
  public Labels(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("org.greendeal.reporting.labels",
        Locale.forLanguageTag(language == Language.NL ? "nl" : "en"),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    // Full month names: the abbreviations differ between JDK releases ("jun." or "jun").
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** The label with {@code key}. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** The text in this language. */
  public String text(LocalizedText text) {
    return text.in(language);
  }

  /** A date, such as {@code 31 december 2020} in Dutch. */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** An amount in euros, such as {@code € 1.500,00} in Dutch; plain spaces. */
  public String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** A status in words. */
  public String status(Status status) {
    return status.label().in(language);
  }

  /** A role in words, capitalised. */
  public String role(Role role) {
    String label = role.label().in(language);
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
