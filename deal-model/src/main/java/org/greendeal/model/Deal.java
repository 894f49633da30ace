package org.greendeal.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Green Deal: its parties in their roles, its organisational units, its term and its
 * commitments. Structural invariants are checked on construction; whether parties keep their word
 * is the rules engine's business.
 */
@Value.Immutable
public abstract class Deal {
  /** The deal's id in the catalogue, such as {@code gdci-2.0}. */
  public abstract String id();

  /** The Green Deal's number, such as {@code 223}. */
  public abstract Optional<String> number();

  public abstract LocalizedText title();

  public abstract Optional<LocalizedText> subtitle();

  /** The day it was signed. */
  public abstract Optional<LocalDate> signed();

  public abstract Term term();

  /** The agreement's language, the default language of reports. */
  @Value.Default
  public Language language() {
    return Language.NL;
  }

  public abstract List<Party> parties();

  /** One role per party. */
  public abstract List<PartyRole> roles();

  public abstract List<OrganisationalUnit> units();

  public abstract List<Commitment> commitments();

  /** How many parties per role the agreement's header promises ("12 kennispartners"). */
  public abstract Map<Role, Integer> statedCounts();

  /** Which parties each record's party fields fit; see {@link RecordFit}. */
  public abstract List<RecordFit> recordFits();

  /** The party with {@code id}, if it is a party (not a unit). */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(partiesById().get(id));
  }

  /** The unit with {@code id}, if there is one. */
  public Optional<OrganisationalUnit> unit(PartyId id) {
    return Optional.ofNullable(unitsById().get(id));
  }

  /** The role of a party, or of the party a unit belongs to. */
  public Optional<Role> roleOf(PartyId id) {
    PartyId party = unit(id).map(OrganisationalUnit::partOf).orElse(id);
    return Optional.ofNullable(rolesByParty().get(party)).map(PartyRole::role);
  }

  /** The day a party (or a unit's party) joined, if it joined after signing. */
  public Optional<LocalDate> joinedOn(PartyId id) {
    PartyId party = unit(id).map(OrganisationalUnit::partOf).orElse(id);
    return Optional.ofNullable(rolesByParty().get(party)).flatMap(PartyRole::joined);
  }

  /** The parties with {@code role}, in the deal's order. */
  public List<PartyId> partiesWith(Role role) {
    return roles().stream().filter(r -> r.role() == role).map(PartyRole::party).toList();
  }

  /** The units that belong to {@code party}. */
  public List<OrganisationalUnit> unitsOf(PartyId party) {
    return units().stream().filter(u -> u.partOf().equals(party)).toList();
  }

  /** The commitment with {@code id}. */
  public Optional<Commitment> commitment(CommitmentId id) {
    return commitments().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The party or unit that {@code name} refers to: its id, its annex name, its display name or an
   * alias, compared without case, accents or punctuation ({@link PartyNames#key}).
   */
  public Optional<PartyId> find(String name) {
    return Optional.ofNullable(namesIndex().get(PartyNames.key(name)));
  }

  /** This deal with parties that joined after signing added to it. */
  public Deal withJoined(Iterable<JoinedParty> joined) {
    ImmutableDeal.Builder builder = ImmutableDeal.builder().from(this);
    for (JoinedParty j : joined) {
      builder.addParties(ImmutableParty.builder().id(j.id()).name(j.name()).build());
      builder.addRoles(ImmutablePartyRole.builder().party(j.id()).role(j.role())
          .joined(j.date()).build());
    }
    return builder.build();
  }

  @Value.Lazy
  protected Map<PartyId, Party> partiesById() {
    Map<PartyId, Party> map = new LinkedHashMap<>();
    parties().forEach(p -> map.put(p.id(), p));
    return map;
  }

  @Value.Lazy
  protected Map<PartyId, OrganisationalUnit> unitsById() {
    Map<PartyId, OrganisationalUnit> map = new LinkedHashMap<>();
    units().forEach(u -> map.put(u.id(), u));
    return map;
  }

  @Value.Lazy
  protected Map<PartyId, PartyRole> rolesByParty() {
    Map<PartyId, PartyRole> map = new HashMap<>();
    roles().forEach(r -> map.put(r.party(), r));
    return map;
  }

  @Value.Lazy
  protected ImmutableMap<String, PartyId> namesIndex() {
    Map<String, PartyId> index = new HashMap<>();
    for (Party p : parties()) {
      index(index, p.id(), ImmutableList.<String>builder().add(p.id().value(), p.name(),
          p.displayName()).addAll(p.aliases()).build());
    }
    for (OrganisationalUnit u : units()) {
      index(index, u.id(), ImmutableList.<String>builder().add(u.id().value(), u.name(),
          u.displayName()).addAll(u.aliases()).build());
    }
    return ImmutableMap.copyOf(index);
  }

  private static void index(Map<String, PartyId> index, PartyId id, List<String> names) {
    for (String name : names) {
      String key = PartyNames.key(name);
      PartyId other = index.putIfAbsent(key, id);
      if (other != null && !other.equals(id)) {
        throw new IllegalStateException("parties: the name \"" + name + "\" of " + id
            + " cannot be told apart from a name of " + other);
      }
    }
  }

  @Value.Check
  protected void check() {
    Set<PartyId> ids = new HashSet<>();
    for (Party p : parties()) {
      if (!ids.add(p.id())) {
        throw new IllegalStateException("parties: duplicate party id \"" + p.id() + "\"");
      }
    }
    for (OrganisationalUnit u : units()) {
      if (!ids.add(u.id())) {
        throw new IllegalStateException("units: id \"" + u.id() + "\" is already taken");
      }
      if (!partiesById().containsKey(u.partOf())) {
        throw new IllegalStateException("units: partOf of \"" + u.id()
            + "\" names no party: \"" + u.partOf() + "\"");
      }
    }
    Set<PartyId> withRole = new HashSet<>();
    for (PartyRole r : roles()) {
      if (!partiesById().containsKey(r.party())) {
        throw new IllegalStateException("roles: \"" + r.party() + "\" is not a party");
      }
      if (!withRole.add(r.party())) {
        throw new IllegalStateException("roles: party \"" + r.party() + "\" has two roles");
      }
    }
    for (Party p : parties()) {
      if (!withRole.contains(p.id())) {
        throw new IllegalStateException("roles: party \"" + p.id() + "\" has no role");
      }
    }
    Set<CommitmentId> commitmentIds = new HashSet<>();
    for (Commitment c : commitments()) {
      if (!commitmentIds.add(c.id())) {
        throw new IllegalStateException("commitments: duplicate id \"" + c.id() + "\"");
      }
      for (PartyId bound : c.binds().parties()) {
        if (!ids.contains(bound)) {
          throw new IllegalStateException("commitments: " + c.id() + " binds \"" + bound
              + "\", which is neither a party nor a unit");
        }
      }
    }
    for (RecordFit fit : recordFits()) {
      for (PartyId p : fit.parties()) {
        if (!ids.contains(p)) {
          throw new IllegalStateException("fits: " + fit.records().key() + "." + fit.partyField()
              + " names \"" + p + "\", which is neither a party nor a unit");
        }
      }
    }
    namesIndex();
  }
}
