package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.PartyNames;
import org.greendeal.model.Role;

/**
 * Reads the parties of the annex ("Bijlage 1 Alle betrokken partijen"): under each role heading
 * ("Faciliterende partners", "Kennispartners", "Inkopende deelnemers", "Rijksoverheid") one party
 * per bullet; where a role lists its parties without bullets, one per line.
 */
final class Annex {
  static final String EXPECTED = "expected a heading such as \"Bijlage 1 Alle betrokken partijen\""
      + " with role headings (Faciliterende partners, Kennispartners, Inkopende deelnemers,"
      + " Rijksoverheid), each followed by its parties, one per bullet \"-- name\"";

  private final Notes notes;
  private final List<AnnexEntry> entries = new ArrayList<>();
  private final Map<String, AnnexEntry> byKey = new HashMap<>();

  private Annex(Notes notes) {
    this.notes = notes;
  }

  /** The parties of the annex sections in {@code sections}, in order. */
  static List<AnnexEntry> read(List<Section> sections, Notes notes) {
    Annex annex = new Annex(notes);
    boolean found = false;
    for (Section section : sections) {
      if (section.kind() == SectionKind.ANNEX) {
        found = true;
        annex.read(section);
      } else if (section.kind() == SectionKind.OTHER_ANNEX) {
        notes.warn(section.line(), 1, section.name(),
            "not read: an annex that lists no parties");
      }
    }
    if (!found) {
      notes.error(1, 1, "Bijlage", "no annex that lists the parties; " + EXPECTED);
    } else if (annex.entries.isEmpty() && !notes.hasErrors()) {
      Section first = sections.stream().filter(s -> s.kind() == SectionKind.ANNEX).findFirst()
          .orElseThrow();
      notes.error(first.line(), 1, first.name(), "lists no parties; " + EXPECTED);
    }
    return List.copyOf(annex.entries);
  }

  private void read(Section section) {
    Optional<Role> role = Optional.empty();
    Block roleHeading = null;
    int listed = 0;
    for (Block block : section.blocks()) {
      if (block.is(Block.Kind.ROLE_HEADING)) {
        warnIfEmpty(roleHeading, listed, section);
        role = block.role();
        roleHeading = block;
        listed = 0;
        continue;
      }
      List<Block.Part> names = block.is(Block.Kind.BULLET)
          ? List.of(new Block.Part(block.text(), block.line(), block.column()))
          : block.parts();
      for (Block.Part name : names) {
        listed += add(name, role, section) ? 1 : 0;
      }
    }
    warnIfEmpty(roleHeading, listed, section);
  }

  private void warnIfEmpty(Block roleHeading, int listed, Section section) {
    if (roleHeading != null && listed == 0) {
      notes.warn(roleHeading, section.name(), "the role heading \"" + roleHeading.text()
          + "\" lists no parties");
    }
  }

  private boolean add(Block.Part part, Optional<Role> role, Section section) {
    String name = part.text();
    if (!Texts.hasLetterOrDigit(name)) {
      notes.warn(part.line(), part.column(), section.name(),
          "a bullet without a name" + (name.isEmpty() ? "" : " (\"" + name + "\")") + "; skipped");
      return false;
    }
    if (role.isEmpty()) {
      notes.error(part.line(), part.column(), section.name(), "\"" + name
          + "\" has no role heading above it; expected one of Faciliterende partners,"
          + " Kennispartners, Inkopende deelnemers, Rijksoverheid before the first party");
      return false;
    }
    AnnexEntry entry = new AnnexEntry(name, role.get(), part.line(), part.column(),
        section.name());
    AnnexEntry earlier = byKey.putIfAbsent(PartyNames.key(name), entry);
    if (earlier != null) {
      notes.error(part.line(), part.column(), section.name(), "\"" + name
          + "\" is listed twice (also at line " + earlier.line() + " as \"" + earlier.name()
          + "\"); expected each party once");
      return false;
    }
    entries.add(entry);
    return true;
  }
}
