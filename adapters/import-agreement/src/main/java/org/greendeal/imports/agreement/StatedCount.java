package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.model.Role;

/**
 * A role that the header ("Betrokken partijen") names, with the number of parties it promises
 * ("-- 12 kennispartners"); the national government is usually named without a number.
 *
 * @param role the role
 * @param count the number promised, if any
 * @param block the bullet that says so
 */
record StatedCount(Role role, Optional<Integer> count, Block block) {
  private static final Pattern NUMBER_FIRST = Pattern.compile("(\\S+)\\s+(.*)");

  /** The roles and counts of the header sections in {@code sections}. */
  static List<StatedCount> read(List<Section> sections, Notes notes) {
    List<StatedCount> stated = new ArrayList<>();
    for (Section section : sections) {
      if (section.kind() != SectionKind.PARTIES) {
        continue;
      }
      for (Block block : section.blocks()) {
        if (block.is(Block.Kind.BULLET)) {
          Optional<StatedCount> count = of(block);
          count.ifPresent(stated::add);
          if (count.isEmpty()) {
            notes.warn(block, section.name(), "not read: \"" + Texts.shorten(block.text(), 60)
                + "\" names no role; expected such as \"12 kennispartners\" or \"Rijksoverheid\"");
          }
        }
      }
    }
    return List.copyOf(stated);
  }

  private static Optional<StatedCount> of(Block block) {
    Matcher m = NUMBER_FIRST.matcher(block.text());
    if (m.matches()) {
      Optional<Integer> count = DutchNumbers.count(m.group(1));
      Optional<Role> role = leadingRole(m.group(2));
      if (count.isPresent() && role.isPresent()) {
        return Optional.of(new StatedCount(role.get(), count, block));
      }
    }
    return leadingRole(block.text()).map(role -> new StatedCount(role, Optional.empty(), block));
  }

  private static Optional<Role> leadingRole(String text) {
    return Group.first(text).filter(found -> found.start() == 0)
        .flatMap(found -> found.group().role());
  }
}
