package org.greendeal.rules.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;

/** Small helpers for the Dutch and English texts of findings. */
final class Texts {
  private static final int MAX_LISTED = 10;

  private Texts() {}

  /** A text built the same way in both languages. */
  static LocalizedText both(Function<Language, String> text) {
    return LocalizedText.of(text.apply(Language.NL), text.apply(Language.EN));
  }

  /** Record references, the first ten of them, for a message. */
  static String refs(List<EvidenceRecord> records) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(records.size(), MAX_LISTED); i++) {
      text.append(i == 0 ? "" : ", ").append(records.get(i).ref());
    }
    if (records.size() > MAX_LISTED) {
      text.append(", … (+").append(records.size() - MAX_LISTED).append(")");
    }
    return text.toString();
  }

  /** {@code ": t1, t2"}, or nothing when there are no records. */
  static String colonRefs(List<EvidenceRecord> records) {
    return records.isEmpty() ? "" : ": " + refs(records);
  }

  /** An amount in euros, formatted for the language ({@code € 1.500,00} in Dutch), plain spaces. */
  static String euros(BigDecimal amount, Language language) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** Joins two texts with {@code separator}. */
  static LocalizedText join(LocalizedText a, String separator, LocalizedText b) {
    return LocalizedText.of(a.nl() + separator + b.nl(), a.en() + separator + b.en());
  }
}
