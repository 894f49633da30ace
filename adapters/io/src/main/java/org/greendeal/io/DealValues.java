package org.greendeal.io;

import static org.greendeal.io.Values.DATE;
import static org.greendeal.io.Values.TEXT;

import java.util.Locale;
import java.util.Optional;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Term;

/** Readers of the small composite values of a deal file: texts in two languages, the term. */
final class DealValues {
  private DealValues() {}

  /** {@code {nl: ..., en: ...}}, both required. */
  static final ValueReader<LocalizedText> LOCALIZED = (item, problems) -> {
    Fields f = Fields.of(item, problems);
    Optional<String> nl = f.required("nl", TEXT);
    Optional<String> en = f.required("en", TEXT);
    return f.build(() -> LocalizedText.of(nl.orElseThrow(), en.orElseThrow()));
  };

  /** {@code {start: YYYY-MM-DD, end: YYYY-MM-DD}}, both inclusive, start not after end. */
  static final ValueReader<Term> TERM = (item, problems) -> {
    Fields f = Fields.of(item, problems);
    var start = f.required("start", DATE);
    var end = f.required("end", DATE);
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      problems.add(item, "start " + start.get() + " is after end " + end.get()
          + "; expected start on or before end");
    }
    return f.build(() -> Term.of(start.orElseThrow(), end.orElseThrow()));
  };

  /** {@code nl} or {@code en}. */
  static final ValueReader<Language> LANGUAGE = (item, problems) ->
      TEXT.read(item, problems).flatMap(text -> {
        for (Language language : Language.values()) {
          if (language.name().equalsIgnoreCase(text)) {
            return Optional.of(language);
          }
        }
        problems.add(item, "unknown language \"" + text + "\"; expected nl or en");
        return Optional.empty();
      });

  /** How a deal file writes {@code language}. */
  static String write(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }
}
