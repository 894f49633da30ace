package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.ImmutableOrganisationalUnit;
import org.greendeal.model.ImmutableParty;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyNames;
import org.greendeal.model.PartyRole;
import org.greendeal.model.Role;

/**
 * The parties of the annex and the units the text names, with their ids. A party's id is made of
 * its name (lower case, accents stripped, other characters hyphens: "Provincie Utrecht" is {@code
 * provincie-utrecht}); a party with an abbreviation in brackets ("(IenW)") takes that instead, or
 * the abbreviation by which the text names it ("van EZK") where the annex has another ("(EZ)").
 * A unit takes the id of a known unit of the same name, else its abbreviation, else its name's.
 * Ids that clash get "-2", "-3" and a warning.
 */
final class PartyList {
  private final Notes notes;
  private final KnownDeals known;
  private final Set<String> taken = new HashSet<>();
  private final Map<AnnexEntry, String> textAbbreviations = new HashMap<>();
  private final Map<AnnexEntry, PartyId> partyIds = new LinkedHashMap<>();
  private final Map<String, OrganisationalUnit> unitsByKey = new LinkedHashMap<>();
  private final List<Party> parties = new ArrayList<>();
  private final List<PartyRole> roles = new ArrayList<>();

  private PartyList(Notes notes, KnownDeals known) {
    this.notes = notes;
    this.known = known;
  }

  /** The parties of {@code entries}, and the units of {@code mentions} with their parent. */
  static PartyList of(List<AnnexEntry> entries, List<UnitMention> mentions, KnownDeals known,
      Notes notes) {
    PartyList list = new PartyList(notes, known);
    Map<UnitReference, AnnexEntry> parents = new LinkedHashMap<>();
    for (UnitMention mention : mentions) {
      for (UnitReference unit : mention.units()) {
        list.parentOf(unit, mention.block(), entries).ifPresent(p -> parents.put(unit, p));
      }
    }
    entries.forEach(list::addParty);
    parents.forEach(list::addUnit);
    return list;
  }

  List<Party> parties() {
    return List.copyOf(parties);
  }

  List<PartyRole> roles() {
    return List.copyOf(roles);
  }

  List<OrganisationalUnit> units() {
    return List.copyOf(unitsByKey.values());
  }

  /** The id of the unit that {@code reference} names, if it was found to belong to a party. */
  Optional<PartyId> unit(UnitReference reference) {
    return Optional.ofNullable(unitsByKey.get(PartyNames.key(reference.name())))
        .map(OrganisationalUnit::id);
  }

  private Optional<AnnexEntry> parentOf(UnitReference unit, Block block, List<AnnexEntry> entries) {
    if (unit.ministry().isEmpty()) {
      notes.warn(block, "units", "the unit \"" + unit.name() + "\" names no party it belongs to"
          + " (such as \"van EZK\"); it is not bound");
      return Optional.empty();
    }
    String abbreviation = unit.ministry().get();
    Optional<AnnexEntry> exact = candidates(entries).stream()
        .filter(e -> Abbreviations.bracketed(e.name()).map(abbreviation::equalsIgnoreCase)
            .orElse(false))
        .findFirst();
    Optional<AnnexEntry> parent = exact.or(() -> candidates(entries).stream()
        .filter(e -> Abbreviations.initials(Abbreviations.displayName(e.name()))
            .contains(Texts.lower(abbreviation)))
        .findFirst());
    if (parent.isEmpty()) {
      notes.warn(block, "units", "the unit \"" + unit.name() + "\" belongs to \"" + abbreviation
          + "\", which is no party of the annex (by abbreviation or initials); it is not bound");
      return parent;
    }
    AnnexEntry entry = parent.get();
    if (textAbbreviations.putIfAbsent(entry, abbreviation) == null && exact.isEmpty()) {
      Abbreviations.bracketed(entry.name()).ifPresent(annexAbbreviation -> notes.warn(
          entry.line(), entry.column(), entry.section(), "the annex abbreviates \""
              + Abbreviations.displayName(entry.name()) + "\" as \"" + annexAbbreviation
              + "\", the text names it \"" + abbreviation + "\" (unit " + unit.name()
              + "); taken as the same party, with both abbreviations as aliases"));
    }
    return parent;
  }

  private static List<AnnexEntry> candidates(List<AnnexEntry> entries) {
    List<AnnexEntry> government = entries.stream()
        .filter(e -> e.role() == Role.NATIONAL_GOVERNMENT).toList();
    List<AnnexEntry> others = entries.stream()
        .filter(e -> e.role() != Role.NATIONAL_GOVERNMENT).toList();
    List<AnnexEntry> all = new ArrayList<>(government);
    all.addAll(others);
    return all;
  }

  private void addParty(AnnexEntry entry) {
    String display = Abbreviations.displayName(entry.name());
    if (!Abbreviations.withoutTrailingPunctuation(entry.name()).equals(entry.name())) {
      notes.warn(entry.line(), entry.column(), entry.section(), "\"" + entry.name()
          + "\" ends in punctuation; kept as its name, shown as \"" + display + "\"");
    }
    Optional<String> bracketed = Abbreviations.bracketed(entry.name());
    Optional<String> inText = Optional.ofNullable(textAbbreviations.get(entry));
    Set<String> aliases = new LinkedHashSet<>();
    bracketed.ifPresent(aliases::add);
    inText.filter(a -> bracketed.map(b -> !b.equalsIgnoreCase(a)).orElse(true))
        .ifPresent(aliases::add);
    if (!aliases.isEmpty()) {
      Abbreviations.ministryShortName(display).ifPresent(aliases::add);
    }
    String base = inText.or(() -> bracketed).map(a -> Texts.slug(a, false))
        .filter(s -> !s.isEmpty()).orElse(Texts.slug(display, false));
    PartyId id = PartyId.of(unique(base.isEmpty() ? "partij" : base, entry.name(),
        entry.line(), entry.column(), entry.section()));
    ImmutableParty.Builder party = ImmutableParty.builder().id(id).name(entry.name())
        .addAllAliases(aliases);
    if (!display.equals(entry.name())) {
      party.displayName(display);
    }
    parties.add(party.build());
    roles.add(PartyRole.of(id, entry.role()));
    partyIds.put(entry, id);
  }

  private void addUnit(UnitReference reference, AnnexEntry parent) {
    String key = PartyNames.key(reference.name());
    if (unitsByKey.containsKey(key)) {
      return;
    }
    Optional<OrganisationalUnit> glossary = known.unit(reference.name());
    String base = glossary.map(u -> u.id().value()).filter(id -> !taken.contains(id))
        .or(() -> Abbreviations.bracketed(reference.name()).map(a -> Texts.slug(a, false)))
        .filter(s -> !s.isEmpty())
        .orElse(Texts.slug(Abbreviations.displayName(reference.name()), false));
    PartyId id = PartyId.of(unique(base.isEmpty() ? "eenheid" : base, reference.name(),
        parent.line(), parent.column(), "units"));
    String display = Abbreviations.displayName(reference.name());
    ImmutableOrganisationalUnit.Builder unit = ImmutableOrganisationalUnit.builder().id(id)
        .name(reference.name()).partOf(partyIds.get(parent));
    if (!display.equals(reference.name())) {
      unit.displayName(display);
    }
    Set<String> aliases = new LinkedHashSet<>();
    Abbreviations.bracketed(reference.name()).ifPresent(aliases::add);
    glossary.ifPresent(u -> u.aliases().stream()
        .filter(a -> !PartyNames.key(a).equals(key)).forEach(aliases::add));
    unit.addAllAliases(aliases);
    unitsByKey.put(key, unit.build());
  }

  private String unique(String base, String name, int line, int column, String where) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    if (!id.equals(base)) {
      notes.warn(line, column, where, "\"" + name + "\" would have the id \"" + base
          + "\", which is taken; it has \"" + id + "\"");
    }
    return id;
  }
}
