package org.greendeal.imports.eforms;

import java.util.List;
import java.util.Optional;

/** Picks one text of a multilingual eForms field (such as BT-21, BT-500). */
final class Texts {
  private Texts() {}

  /**
   * The element with non-empty text in {@code language} (the notice's language, BT-702), else the
   * first with non-empty text.
   */
  static Optional<XmlElement> choose(List<XmlElement> texts, Optional<String> language) {
    List<XmlElement> filled = texts.stream().filter(t -> !t.text().isEmpty()).toList();
    return filled.stream()
        .filter(t -> language.isPresent() && t.has("languageID", language.get()))
        .findFirst()
        .or(() -> filled.stream().findFirst());
  }

  /** The text {@link #choose} chooses, its white space collapsed. */
  static Optional<String> pick(List<XmlElement> texts, Optional<String> language) {
    return choose(texts, language).map(t -> t.text().replaceAll("\\s+", " "));
  }
}
