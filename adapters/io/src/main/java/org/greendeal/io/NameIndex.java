package org.greendeal.io;

import java.util.HashMap;
import java.util.Map;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyNames;

/**
 * The names of a deal's parties and units as evidence finds them ({@link PartyNames#key}): two
 * parties must not have names that cannot be told apart.
 */
final class NameIndex {
  private record Claim(PartyId owner, Item at) {}

  private final Map<String, Claim> claims = new HashMap<>();

  /** Claims {@code name} for {@code owner}; a problem at {@code at} if another owns it. */
  void claim(String name, PartyId owner, Item at, Problems problems) {
    Claim first = claims.putIfAbsent(PartyNames.key(name), new Claim(owner, at));
    if (first != null && !first.owner().equals(owner)) {
      problems.add(at, "the name \"" + name + "\" cannot be told apart from a name of \""
          + first.owner() + "\" at line " + first.at().node().line()
          + "; expected names that differ in more than case, accents or punctuation");
    }
  }
}
