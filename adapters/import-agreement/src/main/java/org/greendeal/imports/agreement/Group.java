package org.greendeal.imports.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.model.Role;

/**
 * Whom an agreement's sentence or heading speaks of: the parties in general ("Partijen"), or the
 * parties of one role, each with the prefix its commitments' codes take (P-1, IP-1, FP-1, KP-1,
 * R-1).
 */
enum Group {
  PARTIES("P", null, "Partijen", "(?:alle |de )?partijen"),
  PROCURING("IP", Role.PROCURING_PARTICIPANT, "Inkopende deelnemers",
      "(?:elke |iedere |de )?inkopende deelnemers?"),
  FACILITATING("FP", Role.FACILITATING_PARTNER, "Faciliterende partners",
      "(?:elke |iedere |de )?faciliterende partners?"),
  KNOWLEDGE("KP", Role.KNOWLEDGE_PARTNER, "Kennispartners",
      "(?:elke |iedere |de )?kennispartners?"),
  GOVERNMENT("R", Role.NATIONAL_GOVERNMENT, "Rijksoverheid", "(?:de )?rijksoverheid");

  private final String prefix;
  private final String heading;
  private final Role role;
  private final Pattern phrase;
  private final Pattern whole;

  Group(String prefix, Role role, String heading, String phrase) {
    this.prefix = prefix;
    this.heading = heading;
    this.role = role;
    this.phrase = Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.whole = Pattern.compile(phrase + "(?:\\s*\\(\\d+\\))?\\s*:?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The prefix of the codes of this group's commitments. */
  String prefix() {
    return prefix;
  }

  /** The group's heading in an annex, such as "Kennispartners". */
  String heading() {
    return heading;
  }

  /** The role; empty for the parties in general. */
  Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /** Where this group's phrase first occurs in {@code text}. */
  Optional<Found> find(String text) {
    Matcher m = phrase.matcher(text);
    return m.find() ? Optional.of(new Found(this, m.start(), m.end())) : Optional.empty();
  }

  /** The group named first in {@code text}. */
  static Optional<Found> first(String text) {
    return Arrays.stream(values()).flatMap(g -> g.find(text).stream())
        .min(Comparator.comparingInt(Found::start));
  }

  /** The role that {@code line} names and nothing else ("Kennispartners", "Rijksoverheid:"). */
  static Optional<Role> heading(String line) {
    return Arrays.stream(values()).filter(g -> g.role != null)
        .filter(g -> g.whole.matcher(line).matches()).map(g -> g.role).findFirst();
  }

  /**
   * Where a group is named in a text.
   *
   * @param group the group
   * @param start the index of its first character
   * @param end the index after its last
   */
  record Found(Group group, int start, int end) {}
}
