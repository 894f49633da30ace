package org.greendeal.imports.ocds;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;

/**
 * Whose trajectories a release's are: the party given to the importer, or else the release's buyer
 * found among the deal's parties by name ({@link Deal#find}). The buyer's name is {@code
 * buyer.name}, else the name of the party in {@code parties} that {@code buyer.id} refers to, else
 * the name of a party with the role {@code buyer}; each party's {@code identifier.legalName} is
 * tried after its name.
 */
final class Buyers {
  private final Deal deal;
  private final Optional<PartyId> given;

  Buyers(Deal deal, Optional<PartyId> given) {
    this.deal = deal;
    this.given = given;
  }

  /** The deal party of {@code release}, or empty after adding a problem that names the buyer. */
  Optional<PartyId> partyOf(JsonValue release, LocalProblems problems) {
    if (given.isPresent()) {
      return given;
    }
    List<JsonValue> names = names(release, problems);
    for (JsonValue name : names) {
      Optional<PartyId> found = deal.find(name.text());
      if (found.isPresent()) {
        return found;
      }
    }
    if (names.isEmpty()) {
      JsonValue buyer = release.get("buyer");
      problems.at(buyer, "no buyer: expected buyer.name, or a party with the role \"buyer\" in"
          + " parties; or pass --party ID");
    } else {
      Set<String> tried = new LinkedHashSet<>();
      names.forEach(n -> tried.add("\"" + n.text() + "\""));
      problems.at(names.get(0), "buyer " + String.join(" or ", tried) + " is not a party of deal "
          + deal.id() + "; expected the name or id of one of its parties, or pass --party ID");
    }
    return Optional.empty();
  }

  private static List<JsonValue> names(JsonValue release, LocalProblems problems) {
    Map<String, JsonValue> names = new LinkedHashMap<>();
    JsonValue buyer = release.get("buyer");
    add(buyer.get("name"), names, problems);
    JsonValue parties = release.get("parties");
    if (!parties.isAbsent() && !parties.is(JsonValue.Kind.ARRAY)) {
      problems.at(parties, "is " + parties.describe() + "; expected an array of organizations");
    }
    JsonValue buyerId = buyer.get("id");
    if (!buyerId.isAbsent()) {
      for (JsonValue party : parties.items()) {
        if (party.get("id").text().equals(buyerId.text())) {
          addParty(party, names, problems);
        }
      }
    }
    for (JsonValue party : parties.items()) {
      boolean isBuyer = party.get("roles").items().stream()
          .anyMatch(role -> role.text().equals("buyer"));
      if (isBuyer) {
        addParty(party, names, problems);
      }
    }
    return names.values().stream().filter(n -> n.is(JsonValue.Kind.STRING)).toList();
  }

  private static void addParty(JsonValue party, Map<String, JsonValue> names,
      LocalProblems problems) {
    add(party.get("name"), names, problems);
    add(party.get("identifier").get("legalName"), names, problems);
  }

  /**
   * Keeps {@code name} by its path, once, so that a party found twice is tried and reported once;
   * only non-blank text is tried.
   */
  private static void add(JsonValue name, Map<String, JsonValue> names, LocalProblems problems) {
    if (name.isAbsent() || names.putIfAbsent(name.path(), name) != null) {
      return;
    }
    if (!name.is(JsonValue.Kind.STRING)) {
      problems.at(name, "is " + name.describe() + "; expected the organization's name as text");
    } else if (name.text().isBlank()) {
      names.remove(name.path());
    }
  }
}
