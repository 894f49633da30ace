package org.greendeal.imports.agreement;

import java.util.List;

/**
 * The units a commitment names, and where.
 *
 * @param units the units, in the text's order
 * @param block the bullet that names them
 */
record UnitMention(List<UnitReference> units, Block block) {
  UnitMention {
    units = List.copyOf(units);
  }
}
