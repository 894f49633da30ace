package org.greendeal.imports.agreement;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The section headings of a Green Deal agreement: "Betrokken partijen", "Omschrijving initiatief",
 * "Resultaten", "Inzet en acties ..." and "Bijlage N ...". A heading is a line of its own, of at
 * most 80 characters, that does not end in a full stop.
 */
final class Headings {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern PARTIES = Pattern.compile("betrokken partijen", FLAGS);
  private static final Pattern DESCRIPTION = Pattern.compile("omschrijving(?: \\S+){0,2}", FLAGS);
  private static final Pattern RESULTS = Pattern.compile("(?:\\S+ )?resultaten", FLAGS);
  private static final Pattern COMMITMENTS = Pattern.compile("inzet en acties\\b.*", FLAGS);
  private static final Pattern ANNEX = Pattern.compile("bijlage (?:\\d+|[ivx]+|[a-z])\\b.*", FLAGS);
  private static final Pattern LISTS_PARTIES =
      Pattern.compile(".*\\b(?:partijen|deelnemers|ondertekenaars)\\b.*", FLAGS);

  private Headings() {}

  /** The kind of section that {@code line} (trimmed) opens, if it is a heading. */
  static Optional<SectionKind> section(String line) {
    if (line.length() > 80 || line.endsWith(".")) {
      return Optional.empty();
    }
    String t = line.replaceAll("\\s*:$", "");
    if (PARTIES.matcher(t).matches()) {
      return Optional.of(SectionKind.PARTIES);
    } else if (DESCRIPTION.matcher(t).matches()) {
      return Optional.of(SectionKind.DESCRIPTION);
    } else if (RESULTS.matcher(t).matches()) {
      return Optional.of(SectionKind.RESULTS);
    } else if (COMMITMENTS.matcher(t).matches()) {
      return Optional.of(SectionKind.COMMITMENTS);
    } else if (ANNEX.matcher(t).matches()) {
      return Optional.of(LISTS_PARTIES.matcher(t).matches()
          ? SectionKind.ANNEX : SectionKind.OTHER_ANNEX);
    }
    return Optional.empty();
  }
}
