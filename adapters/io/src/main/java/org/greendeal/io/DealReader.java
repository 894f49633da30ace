package org.greendeal.io;

import static org.greendeal.io.Values.DATE;
import static org.greendeal.io.Values.NAME;
import static org.greendeal.io.Values.PARTY_ID;
import static org.greendeal.io.Values.enumOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.ImmutableOrganisationalUnit;
import org.greendeal.model.ImmutableParty;
import org.greendeal.model.ImmutablePartyRole;
import org.greendeal.model.ImmutableRecordFit;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordFit;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Term;

/**
 * Binds the tree of a deal file (docs/deal-file.md) to a {@link Deal}: the top level, parties,
 * units and fits here, commitments in {@link CommitmentReader}. Ids are checked for uniqueness and
 * references to parties for existence, each located at the offending value.
 */
final class DealReader {
  private final Problems problems;
  private final Map<PartyId, Item> ids = new HashMap<>();
  private final Set<PartyId> parties = new HashSet<>();
  private final Set<Role> roles = EnumSet.noneOf(Role.class);
  private final NameIndex nameIndex = new NameIndex();

  private DealReader(Problems problems) {
    this.problems = problems;
  }

  /** The deal of {@code root}; empty, with problems, when it has any. */
  static Optional<Deal> read(Optional<Node> root, Problems problems) {
    if (root.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(1, 1, FieldPath.ROOT,
            "the file is empty; expected a deal with id, title, term, parties and commitments");
      }
      return Optional.empty();
    }
    return new DealReader(problems).deal(new Item(root.get(), FieldPath.ROOT));
  }

  private Optional<Deal> deal(Item root) {
    Fields f = Fields.of(root, problems);
    ImmutableDeal.Builder b = ImmutableDeal.builder();
    f.required("id", NAME).ifPresent(b::id);
    f.optional("number", NAME).ifPresent(b::number);
    f.required("title", DealValues.LOCALIZED).ifPresent(b::title);
    f.optional("subtitle", DealValues.LOCALIZED).ifPresent(b::subtitle);
    f.optional("signed", DATE).ifPresent(b::signed);
    Optional<Term> term = f.required("term", DealValues.TERM);
    term.ifPresent(b::term);
    f.optional("language", DealValues.LANGUAGE).ifPresent(b::language);
    f.optional("statedCounts", this::statedCounts).ifPresent(b::putAllStatedCounts);
    for (Item party : f.requiredItems("parties")) {
      party(party, b);
    }
    b.addAllUnits(f.list("units", this::unit));
    b.addAllRecordFits(f.list("fits", this::fit));
    CommitmentReader commitments =
        new CommitmentReader(problems, term, Set.copyOf(ids.keySet()), Set.copyOf(roles));
    b.addAllCommitments(f.requiredList("commitments", commitments::read));
    return f.build(b::build);
  }

  private Optional<Map<Role, Integer>> statedCounts(Item item, Problems problems) {
    if (!(item.node() instanceof MapNode map)) {
      problems.add(item, "expected a map of role to number of parties, found "
          + item.node().describe());
      return Optional.empty();
    }
    Map<Role, Integer> counts = new LinkedHashMap<>();
    for (MapNode.Entry entry : map.entries().values()) {
      Optional<Role> role = enumOf(Role.class).read(entry.keyItem(item.path()), problems);
      Optional<Integer> count = Values.integer(0, Integer.MAX_VALUE, "a number of parties")
          .read(entry.valueItem(item.path()), problems);
      if (role.isPresent() && count.isPresent()) {
        counts.put(role.get(), count.get());
      }
    }
    return Optional.of(counts);
  }

  private void party(Item item, ImmutableDeal.Builder deal) {
    Fields f = Fields.of(item, problems);
    ImmutableParty.Builder b = ImmutableParty.builder();
    Optional<PartyId> id = id(f, "party");
    id.ifPresent(b::id);
    Names names = names(f, id);
    names.name().ifPresent(b::name);
    names.displayName().ifPresent(b::displayName);
    b.addAllAliases(names.aliases());
    Optional<Role> role = f.required("role", enumOf(Role.class));
    Optional<LocalDate> joined = f.optional("joined", DATE);
    id.ifPresent(parties::add);
    role.ifPresent(roles::add);
    f.build(b::build).ifPresent(party -> {
      deal.addParty(party);
      deal.addRole(ImmutablePartyRole.builder().party(party.id()).role(role.orElseThrow())
          .joined(joined).build());
    });
  }

  private Optional<OrganisationalUnit> unit(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableOrganisationalUnit.Builder b = ImmutableOrganisationalUnit.builder();
    Optional<PartyId> id = id(f, "unit");
    id.ifPresent(b::id);
    Names names = names(f, id);
    names.name().ifPresent(b::name);
    names.displayName().ifPresent(b::displayName);
    b.addAllAliases(names.aliases());
    f.requiredItem("partOf").ifPresent(partOf -> PARTY_ID.read(partOf, problems)
        .filter(p -> isParty(p, partOf)).ifPresent(b::partOf));
    return f.build(b::build);
  }

  private Optional<RecordFit> fit(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableRecordFit.Builder b = ImmutableRecordFit.builder();
    Optional<RecordType> type = f.required("records", Values.RECORD_TYPE);
    type.ifPresent(b::records);
    f.optional("partyField", RecordFields.partyField(type)).ifPresent(b::partyField);
    b.addAllRoles(f.list("roles", enumOf(Role.class)));
    for (Item party : f.items("parties")) {
      PARTY_ID.read(party, problems).filter(p -> isPartyOrUnit(p, party))
          .ifPresent(b::addParty);
    }
    return f.build(b::build);
  }

  /** Reads the id of a party or unit and claims it; a problem if it is taken. */
  private Optional<PartyId> id(Fields f, String what) {
    Optional<Item> item = f.requiredItem("id");
    Optional<PartyId> id = item.flatMap(i -> PARTY_ID.read(i, problems));
    if (id.isPresent()) {
      Item first = ids.putIfAbsent(id.get(), item.get());
      if (first != null) {
        problems.add(item.get(), "duplicate " + what + " id \"" + id.get()
            + "\"; it is already used at line " + first.node().line());
        return Optional.empty();
      }
      nameIndex.claim(id.get().value(), id.get(), item.get(), problems);
    }
    return id;
  }

  /** The names of a party or unit. */
  private record Names(Optional<String> name, Optional<String> displayName,
      List<String> aliases) {}

  /**
   * Reads {@code name} (required), {@code displayName} and {@code aliases}, claiming each for
   * {@code owner}.
   */
  private Names names(Fields f, Optional<PartyId> owner) {
    Optional<String> name = f.requiredItem("name").flatMap(i -> name(i, owner));
    Optional<String> displayName = f.item("displayName").flatMap(i -> name(i, owner));
    List<String> aliases = new ArrayList<>();
    for (Item alias : f.items("aliases")) {
      name(alias, owner).ifPresent(aliases::add);
    }
    return new Names(name, displayName, aliases);
  }

  private Optional<String> name(Item item, Optional<PartyId> owner) {
    Optional<String> name = NAME.read(item, problems);
    if (name.isPresent() && owner.isPresent()) {
      nameIndex.claim(name.get(), owner.get(), item, problems);
    }
    return name;
  }

  private boolean isParty(PartyId id, Item at) {
    if (!parties.contains(id)) {
      problems.add(at, "names no party: \"" + id + "\"; expected the id of one of the parties");
    }
    return parties.contains(id);
  }

  private boolean isPartyOrUnit(PartyId id, Item at) {
    if (!ids.containsKey(id)) {
      problems.add(at, "names no party or unit: \"" + id
          + "\"; expected the id of one of the parties or units");
    }
    return ids.containsKey(id);
  }
}
