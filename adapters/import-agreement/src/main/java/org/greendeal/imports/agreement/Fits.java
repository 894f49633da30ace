package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.Criterion;
import org.greendeal.model.ImmutableRecordFit;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordFit;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;

/**
 * Which records fit which parties, derived by DESIGN.md's rule "a record fits a party's role when a
 * commitment of that role counts it": for each record type's own party field ({@code party},
 * {@code by}, {@code raisedBy}, {@code guidedBy}, {@code organisedBy}, {@code developedBy}), the
 * roles and units of the commitments that count it. Other party fields (attendees, members,
 * contributors) and types that every role counts fit anyone, so get no entry; prohibitions count
 * nothing.
 */
final class Fits {
  private Fits() {}

  static List<RecordFit> derive(List<Commitment> commitments, Set<Role> annexRoles) {
    Map<RecordType, Set<Role>> roles = new EnumMap<>(RecordType.class);
    Map<RecordType, Set<PartyId>> parties = new EnumMap<>(RecordType.class);
    for (Commitment c : commitments) {
      if (c.obligation() == Obligation.PROHIBITION) {
        continue;
      }
      for (RecordType type : counted(c.criterion(), new ArrayList<>())) {
        Binding binds = c.binds();
        roles.computeIfAbsent(type, t -> EnumSet.noneOf(Role.class)).addAll(binds.roles());
        parties.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(binds.parties());
      }
    }
    List<RecordFit> fits = new ArrayList<>();
    for (RecordType type : roles.keySet()) {
      if (roles.get(type).containsAll(annexRoles)) {
        continue;
      }
      fits.add(ImmutableRecordFit.builder().records(type).addAllRoles(roles.get(type))
          .addAllParties(parties.get(type)).build());
    }
    return fits;
  }

  /** The record types whose own party field {@code criterion} counts. */
  private static List<RecordType> counted(Criterion criterion, List<RecordType> into) {
    if (criterion instanceof Criterion.AtLeast a) {
      if (a.partyField().orElse(a.records().defaultPartyField())
          .equals(a.records().defaultPartyField())) {
        into.add(a.records());
      }
    } else if (criterion instanceof Criterion.Covers c) {
      into.add(c.records());
    } else if (criterion instanceof Criterion.SumPerYearAtMost s) {
      into.add(s.records());
    } else if (criterion instanceof Criterion.AnyOf any) {
      any.options().forEach(o -> counted(o, into));
    } else if (criterion instanceof Criterion.AllOf all) {
      all.parts().forEach(p -> counted(p, into));
    }
    return into;
  }
}
