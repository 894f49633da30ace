package org.greendeal.imports.agreement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.io.InputException;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Role;
import org.greendeal.model.Term;

/**
 * Reads one agreement text into a deal, in the order the parts depend on each other: layout,
 * title, header counts, annex, term, commitments, then parties and units (a ministry's id may come
 * from the text's abbreviation), codes and bindings, fits.
 */
final class AgreementReader {
  private static final Pattern NUMBER = Pattern.compile(
      "\\b(?:Green Deal|GD)\\s*(?:nr\\.?|nummer|no\\.?)\\s*(\\d{1,4})\\b",
      Pattern.CASE_INSENSITIVE);

  private final Notes notes;
  private final KnownDeals known;
  private final Optional<LocalDate> signedOption;
  private final Optional<String> idOption;

  AgreementReader(String file, KnownDeals known, Optional<LocalDate> signed, Optional<String> id) {
    this.notes = new Notes(file);
    this.known = known;
    this.signedOption = signed;
    this.idOption = id;
  }

  AgreementImport read(String text) {
    List<Section> sections = Layout.sections(Texts.lines(text));
    Optional<Title> title = Title.read(sections, notes);
    List<StatedCount> stated = StatedCount.read(sections, notes);
    List<AnnexEntry> annex = Annex.read(sections, notes);
    TermDates dates = TermDates.of(sections, notes);
    List<Draft> drafts = Drafts.read(sections, notes);
    Optional<Deal> knownDeal = title.flatMap(t -> known.byTitle(t.title()));
    Optional<Term> term = title.flatMap(t -> term(dates, knownDeal, t));
    refuseIfErrors();

    Set<Role> annexRoles = EnumSet.noneOf(Role.class);
    annex.forEach(e -> annexRoles.add(e.role()));
    List<UnitMention> mentions = drafts.stream().filter(d -> !d.units().isEmpty())
        .map(d -> new UnitMention(d.units(), d.block())).toList();
    PartyList parties = PartyList.of(annex, mentions, known, notes);
    List<Commitment> commitments = CommitmentList.build(drafts, parties, annexRoles,
        term.orElseThrow().end(), known, notes);
    Map<Role, Integer> counts = counts(stated, annex);
    refuseIfErrors();

    Title t = title.orElseThrow();
    ImmutableDeal.Builder deal = ImmutableDeal.builder()
        .id(idOption.orElseGet(() -> defaultId(t.title())))
        .number(number(sections).or(() -> knownDeal.flatMap(Deal::number)))
        .title(LocalizedText.of(t.title(), knownDeal.map(k -> k.title().en()).orElse(t.title())))
        .subtitle(t.subtitle().map(s -> LocalizedText.of(s, knownDeal.flatMap(Deal::subtitle)
            .filter(k -> KnownDeals.same(k.nl(), s)).map(LocalizedText::en).orElse(s))))
        .signed(signed(dates, knownDeal))
        .term(term.orElseThrow())
        .language(Language.NL)
        .addAllParties(parties.parties())
        .addAllRoles(parties.roles())
        .addAllUnits(parties.units())
        .addAllCommitments(commitments)
        .putAllStatedCounts(counts)
        .addAllRecordFits(Fits.derive(commitments, annexRoles));
    try {
      return new AgreementImport(deal.build(), notes.warnings());
    } catch (IllegalStateException | IllegalArgumentException e) {
      notes.error(t.block().line(), 1, "deal", e.getMessage());
      throw new InputException(notes.errors());
    }
  }

  private void refuseIfErrors() {
    if (notes.hasErrors()) {
      throw new InputException(notes.errors());
    }
  }

  private Optional<Term> term(TermDates dates, Optional<Deal> knownDeal, Title title) {
    if (dates.end().isEmpty()) {
      return Optional.empty();
    }
    TermDates.Dated end = dates.end().get();
    Optional<LocalDate> start = signedOption
        .or(() -> dates.start().map(TermDates.Dated::date))
        .or(() -> dates.signed().map(TermDates.Dated::date));
    if (signedOption.isPresent() && dates.signed().isPresent()
        && !dates.signed().get().date().equals(signedOption.get())) {
      TermDates.Dated stated = dates.signed().get();
      notes.warn(stated.line(), stated.column(), "ondertekening", "the text says signed on "
          + stated.date() + "; the signing date given, " + signedOption.get()
          + ", is used instead");
    }
    if (start.isEmpty() && knownDeal.isPresent()) {
      Deal k = knownDeal.get();
      start = Optional.of(k.signed().orElse(k.term().start()));
      notes.warn(title.block(), "title", "the text states no signing or start date; took "
          + start.get() + ", the " + (k.signed().isPresent() ? "signing date" : "start")
          + " of the known deal " + k.id() + " of the same title; give the signing date"
          + " (--signed YYYY-MM-DD) to choose another");
    }
    if (start.isEmpty()) {
      notes.error(1, 1, "term.start", "no signing or start date; the text states none (such as"
          + " \"ondertekend op 7 juni 2018\" or \"Ingangsdatum: 1 juli 2018\"); give the signing"
          + " date (--signed YYYY-MM-DD)");
      return Optional.empty();
    }
    if (start.get().isAfter(end.date())) {
      notes.error(end.line(), end.column(), "Einddatum", "the term would start on " + start.get()
          + ", after its end " + end.date() + "; expected a start on or before the end");
      return Optional.empty();
    }
    return Optional.of(Term.of(start.get(), end.date()));
  }

  private Optional<LocalDate> signed(TermDates dates, Optional<Deal> knownDeal) {
    return signedOption.or(() -> dates.signed().map(TermDates.Dated::date))
        .or(() -> dates.start().isPresent() ? Optional.empty()
            : knownDeal.flatMap(Deal::signed));
  }

  private Map<Role, Integer> counts(List<StatedCount> stated, List<AnnexEntry> annex) {
    Map<Role, Integer> counts = new EnumMap<>(Role.class);
    for (StatedCount s : stated) {
      if (s.count().isEmpty()) {
        continue;
      }
      int promised = s.count().get();
      if (counts.putIfAbsent(s.role(), promised) != null) {
        notes.warn(s.block(), "Betrokken partijen", "the " + s.role().label().nl()
            + " are counted twice; the first count, " + counts.get(s.role()) + ", is kept");
        continue;
      }
      long listed = annex.stream().filter(e -> e.role() == s.role()).count();
      if (listed != promised) {
        notes.warn(s.block(), "Betrokken partijen", "promises " + promised + " "
            + s.role().label().nl() + (promised == 1 || s.role() == Role.NATIONAL_GOVERNMENT
            ? "" : "s") + ", but the annex lists "
            + listed + "; the deal keeps both, and a check reports DATA-ANNEX-COUNT");
      }
    }
    return counts;
  }

  private static Optional<String> number(List<Section> sections) {
    for (Section section : sections) {
      if (section.kind() == SectionKind.ANNEX) {
        continue;
      }
      for (Block block : section.blocks()) {
        Matcher m = NUMBER.matcher(block.text());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  private static String defaultId(String title) {
    String slug = Texts.slug(title, true);
    return slug.isEmpty() ? "deal" : slug;
  }
}
