package org.greendeal.imports.agreement;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deal's title and subtitle: the first item of the text, before any heading, split at its
 * first dash between spaces ("Green Deal Circulair Inkopen 2.0 - Van pilot naar opschaling").
 *
 * @param title the title
 * @param subtitle the subtitle, if there is one
 * @param block where it stands
 */
record Title(String title, Optional<String> subtitle, Block block) {
  private static final Pattern DASH = Pattern.compile("(.*?)\\s+[-–—]+(?:\\s+(.*)|\\s*)");

  /** The title of the text whose sections are {@code sections}. */
  static Optional<Title> read(List<Section> sections, Notes notes) {
    Optional<Block> first = sections.stream().filter(s -> s.kind() == SectionKind.PREAMBLE)
        .flatMap(s -> s.blocks().stream()).findFirst();
    if (first.isEmpty()) {
      notes.error(1, 1, "title", "no title; expected the deal's title before the first heading,"
          + " such as \"Green Deal Circulair Inkopen 2.0 - Van pilot naar opschaling\"");
      return Optional.empty();
    }
    String text = first.get().text();
    Matcher m = DASH.matcher(text);
    if (m.matches() && Texts.hasLetterOrDigit(m.group(1))) {
      Optional<String> subtitle = Optional.ofNullable(m.group(2)).map(String::strip)
          .filter(Texts::hasLetterOrDigit);
      return Optional.of(new Title(m.group(1).strip(), subtitle, first.get()));
    }
    return Optional.of(new Title(text, Optional.empty(), first.get()));
  }
}
