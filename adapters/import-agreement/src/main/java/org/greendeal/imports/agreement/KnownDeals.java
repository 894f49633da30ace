package org.greendeal.imports.agreement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.PartyNames;

/**
 * The deals greendeal already knows (its catalogue), used as a glossary: the English of a title or
 * a commitment whose Dutch is the same, the id and aliases of a unit with the same name, and the
 * number and signing date of a deal with the same title. Texts are compared without case, accents,
 * spaces or punctuation.
 */
final class KnownDeals {
  private final List<Deal> deals;

  KnownDeals(List<Deal> deals) {
    this.deals = List.copyOf(deals);
  }

  /** The known deal whose Dutch title is {@code title}. */
  Optional<Deal> byTitle(String title) {
    return deals.stream().filter(d -> same(d.title().nl(), title)).findFirst();
  }

  /** A known commitment whose Dutch text is {@code text}. */
  Optional<Commitment> commitment(String text) {
    return deals.stream().flatMap(d -> d.commitments().stream())
        .filter(c -> same(c.text().nl(), text)).findFirst();
  }

  /** A known unit named {@code name} (by name, display name or alias). */
  Optional<OrganisationalUnit> unit(String name) {
    return deals.stream().flatMap(d -> d.units().stream())
        .filter(u -> Stream.concat(Stream.of(u.name(), u.displayName()), u.aliases().stream())
            .anyMatch(n -> same(n, name)))
        .findFirst();
  }

  /** Whether {@code a} and {@code b} are the same text but for case, accents and punctuation. */
  static boolean same(String a, String b) {
    return PartyNames.key(a).equals(PartyNames.key(b));
  }
}
