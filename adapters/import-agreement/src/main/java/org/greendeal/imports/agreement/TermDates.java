package org.greendeal.imports.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an agreement states about its term: the end ("Einddatum: 31 december 2020"), the
 * signing date ("ondertekend op 7 juni 2018", "Datum ondertekening: ...") and the start
 * ("Ingangsdatum: ...", "treedt in werking op ..."). Each is taken from the first sentence that
 * states it, outside the annex; a stated date that does not exist is an error.
 *
 * @param end the end, inclusive
 * @param signed the signing date
 * @param start the start, when stated apart from the signing date
 */
record TermDates(Optional<Dated> end, Optional<Dated> signed, Optional<Dated> start) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern END = Pattern.compile("\\b(?:einddatum|einde looptijd|"
      + "looptijd tot en met|loopt tot en met)\\s*:?\\s*" + DutchDates.DATE, FLAGS);
  private static final Pattern SIGNED = Pattern.compile("(?:\\b(?:ondertekend|getekend)\\b"
      + "[^.;]{0,60}?\\bop\\s+|\\bdatum (?:van )?ondertekening\\s*:?\\s*)" + DutchDates.DATE,
      FLAGS);
  private static final Pattern START = Pattern.compile("(?:\\b(?:ingangsdatum|startdatum|"
      + "begindatum|datum van inwerkingtreding)\\s*:?\\s*|\\btreedt in werking op\\s+)"
      + DutchDates.DATE, FLAGS);

  /**
   * A date stated in the text, and where.
   *
   * @param date the date
   * @param line the line it stands on
   * @param column the column where it starts
   */
  record Dated(LocalDate date, int line, int column) {}

  /**
   * The term dates stated in {@code sections}; a missing end and impossible dates are errors in
   * {@code notes}.
   */
  static TermDates of(List<Section> sections, Notes notes) {
    Optional<Optional<Dated>> end = find(END, sections, notes, "Einddatum");
    if (end.isEmpty()) {
      notes.error(1, 1, "Einddatum", "no end date; expected a line such as"
          + " \"Einddatum: 31 december 2020\"");
    }
    return new TermDates(end.flatMap(d -> d),
        find(SIGNED, sections, notes, "ondertekening").flatMap(d -> d),
        find(START, sections, notes, "ingangsdatum").flatMap(d -> d));
  }

  /**
   * The first date that {@code pattern} finds outside the annex: empty when none is stated, empty
   * inside when the one stated does not exist (an error in {@code notes}).
   */
  private static Optional<Optional<Dated>> find(Pattern pattern, List<Section> sections,
      Notes notes, String what) {
    for (Section section : sections) {
      if (section.kind() == SectionKind.ANNEX || section.kind() == SectionKind.OTHER_ANNEX) {
        continue;
      }
      for (Block block : section.blocks()) {
        Matcher m = pattern.matcher(block.text());
        while (m.find()) {
          if (!DutchDates.namesMonth(m, 1)) {
            continue;
          }
          int[] at = block.locate(m.end() - DutchDates.text(m, 1).length());
          Optional<LocalDate> date = DutchDates.value(m, 1);
          if (date.isEmpty()) {
            notes.error(at[0], at[1], what, "\"" + DutchDates.text(m, 1)
                + "\" is not a date; expected a day that exists, such as 31 december 2020");
            return Optional.of(Optional.empty());
          }
          return Optional.of(Optional.of(new Dated(date.get(), at[0], at[1])));
        }
      }
    }
    return Optional.empty();
  }
}
