package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.Role;

/**
 * Turns the lines of a PDF extract into sections of blocks, undoing its layout. A bullet runs on
 * over the lines that follow it, blank lines included, until the next bullet or heading; after a
 * blank line it runs on only while its text does not end a sentence, or when the next line starts
 * in lower case. In the annex a line that is no bullet or role heading always continues the party
 * above it (names wrap, and may end in "B.V."). Outside bullets the same rule makes paragraphs.
 */
final class Layout {
  private final List<Section> sections = new ArrayList<>();
  private SectionKind kind = SectionKind.PREAMBLE;
  private Block heading;
  private List<Block> blocks = new ArrayList<>();
  private Item item;

  private Layout() {}

  /** The sections of {@code lines}, the preamble first. */
  static List<Section> sections(List<Line> lines) {
    Layout layout = new Layout();
    boolean blank = false;
    for (Line line : lines) {
      String text = line.trimmed();
      if (text.isEmpty()) {
        blank = true;
        continue;
      }
      layout.add(line, text, blank);
      blank = false;
    }
    layout.closeSection();
    return List.copyOf(layout.sections);
  }

  private void add(Line line, String text, boolean afterBlank) {
    Optional<SectionKind> section = Headings.section(text);
    if (section.isPresent()) {
      closeSection();
      kind = section.get();
      heading = single(Block.Kind.HEADING, text, line, Optional.empty());
      return;
    }
    if (kind == SectionKind.ANNEX) {
      Optional<Role> role = Group.heading(text);
      if (role.isPresent()) {
        closeItem();
        blocks.add(single(Block.Kind.ROLE_HEADING, text, line, role));
        return;
      }
    }
    Optional<String> bullet = Bullets.strip(text);
    if (bullet.isPresent()) {
      closeItem();
      item = new Item(Block.Kind.BULLET, line);
      item.append(bullet.get(), line, line.column() + text.length() - bullet.get().length());
    } else if (item != null && continues(afterBlank, text)) {
      item.append(text, line, line.column());
    } else {
      closeItem();
      item = new Item(Block.Kind.PARAGRAPH, line);
      item.append(text, line, line.column());
    }
  }

  private static Block single(Block.Kind kind, String text, Line line, Optional<Role> role) {
    return new Block(kind, text, List.of(new Block.Part(text, line.number(), line.column())),
        line.number(), line.column(), role);
  }

  private boolean continues(boolean afterBlank, String next) {
    return !afterBlank || kind == SectionKind.ANNEX || !Texts.endsSentence(item.text())
        || Texts.startsLowerCase(next);
  }

  private void closeItem() {
    if (item != null) {
      blocks.add(item.block());
      item = null;
    }
  }

  private void closeSection() {
    closeItem();
    sections.add(new Section(kind, Optional.ofNullable(heading), blocks));
    blocks = new ArrayList<>();
  }

  /** A bullet or paragraph being read. */
  private static final class Item {
    private final Block.Kind kind;
    private final Line first;
    private final List<Block.Part> parts = new ArrayList<>();

    Item(Block.Kind kind, Line first) {
      this.kind = kind;
      this.first = first;
    }

    void append(String text, Line line, int column) {
      if (!text.isEmpty()) {
        parts.add(new Block.Part(text, line.number(), column));
      }
    }

    String text() {
      return String.join(" ", parts.stream().map(Block.Part::text).toList());
    }

    Block block() {
      return new Block(kind, text(), parts, first.number(), first.column(), Optional.empty());
    }
  }
}
