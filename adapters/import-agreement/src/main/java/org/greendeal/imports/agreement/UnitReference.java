package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of a party that a commitment names, as in "Bij de Rijksoverheid worden vanuit de
 * Rijksdienst voor Ondernemend Nederland van EZK, Rijkswaterstaat van IenW en het
 * Rijksvastgoedbedrijf van BZK leden voor het projectteam aangewezen".
 *
 * @param name the unit's name, without an article ("Rijkswaterstaat")
 * @param ministry the abbreviation of the party it belongs to as the text writes it ("IenW");
 *     empty when the text names none
 */
record UnitReference(String name, Optional<String> ministry) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern VANUIT = Pattern.compile("\\bvanuit\\s+(.+?)\\s+(?:leden|"
      + "medewerkers|vertegenwoordigers|mensen|personen|deelnemers)\\b", FLAGS);
  private static final Pattern ANCHOR = Pattern.compile(
      "\\s+van\\s+(?:het\\s+ministerie\\s+van\\s+)?([\\p{L}&]{2,8})(?=\\s*(?:,|\\s+en\\s+|$))");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:\\s*(?:,|en\\b|de\\b|het\\b))+\\s*", FLAGS);

  /**
   * The units that {@code sentence} appoints from ("vanuit ... leden"), each with its ministry's
   * abbreviation where the text gives one ("van EZK"); empty when it names none.
   */
  static List<UnitReference> in(String sentence) {
    Matcher vanuit = VANUIT.matcher(sentence);
    if (!vanuit.find()) {
      return List.of();
    }
    String list = vanuit.group(1);
    List<UnitReference> units = new ArrayList<>();
    Matcher anchor = ANCHOR.matcher(list);
    int from = 0;
    while (anchor.find()) {
      if (anchor.group(1).chars().filter(Character::isUpperCase).count() < 2) {
        continue;
      }
      addSegment(list.substring(from, anchor.start()), Optional.of(anchor.group(1)), units);
      from = anchor.end();
    }
    if (units.isEmpty()) {
      return List.of();
    }
    addSegment(list.substring(from), Optional.empty(), units);
    return List.copyOf(units);
  }

  private static void addSegment(String segment, Optional<String> ministry,
      List<UnitReference> units) {
    String[] names = segment.split(",");
    for (int i = 0; i < names.length; i++) {
      String name = LEADING.matcher(names[i]).replaceFirst("").strip();
      if (Texts.hasLetterOrDigit(name)) {
        units.add(new UnitReference(name, i == names.length - 1 ? ministry : Optional.empty()));
      }
    }
  }
}
