package org.greendeal.imports.agreement;

import java.util.List;
import java.util.Optional;

/**
 * A section of an agreement text: its heading (none for the preamble) and its blocks.
 *
 * @param kind the kind, by the heading
 * @param heading the heading block; empty for the preamble
 * @param blocks the bullets, paragraphs and role headings under it
 */
record Section(SectionKind kind, Optional<Block> heading, List<Block> blocks) {
  Section {
    blocks = List.copyOf(blocks);
  }

  /** The heading's text, such as "Inzet en acties partijen"; "the title" for the preamble. */
  String name() {
    return heading.map(Block::text).orElse("title");
  }

  /** The line of the heading, or 1. */
  int line() {
    return heading.map(Block::line).orElse(1);
  }
}
