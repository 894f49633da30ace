package org.greendeal.rules.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Deal;
import org.greendeal.model.Effort;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordFit;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;

/**
 * Whether a party named in a record's party field fits that field: the deal's {@link RecordFit}s,
 * and for an effort record the binding of the commitment it names.
 */
final class RoleFit {
  private record Field(RecordType type, String partyField) {}

  private final Deal deal;
  private final Map<Field, RecordFit> fits = new HashMap<>();

  RoleFit(Deal deal) {
    this.deal = deal;
    deal.recordFits().forEach(f -> fits.put(new Field(f.records(), f.partyField()), f));
  }

  boolean fits(EvidenceRecord record, String partyField, PartyId party) {
    if (record instanceof Effort effort) {
      return deal.commitment(effort.commitment()).map(c -> binds(c.binds(), party)).orElse(false);
    }
    RecordFit fit = fits.get(new Field(record.type(), partyField));
    if (fit == null) {
      return true;
    }
    Optional<Role> role = deal.roleOf(party);
    return fit.parties().contains(party) || role.map(fit.roles()::contains).orElse(false);
  }

  private boolean binds(Binding binding, PartyId party) {
    if (!binding.parties().isEmpty()) {
      PartyId parent = deal.unit(party).map(u -> u.partOf()).orElse(party);
      return binding.parties().contains(party) || binding.parties().contains(parent);
    }
    return deal.roleOf(party).map(binding.roles()::contains).orElse(false);
  }

  /** What {@code partyField} of {@code record} does fit, in words. */
  LocalizedText describe(EvidenceRecord record, String partyField) {
    if (record instanceof Effort effort) {
      CommitmentId id = effort.commitment();
      return deal.commitment(id).map(c -> LocalizedText.of(
              "past bij wie " + id + " bindt: " + describe(c, true),
              "fits whom " + id + " binds: " + describe(c, false)))
          .orElse(LocalizedText.of("noemt " + id + ", geen afspraak van deze deal",
              "names " + id + ", which is no commitment of this deal"));
    }
    RecordFit fit = fits.get(new Field(record.type(), partyField));
    return LocalizedText.of(
        record.type().plural().nl() + "." + partyField + " passen bij " + describe(fit, true),
        record.type().plural().en() + "." + partyField + " fit " + describe(fit, false));
  }

  private static String describe(Commitment commitment, boolean dutch) {
    return names(commitment.binds().roles().stream().map(r -> label(r, dutch)),
        commitment.binds().parties().stream().map(PartyId::value));
  }

  private static String describe(RecordFit fit, boolean dutch) {
    return names(fit.roles().stream().map(r -> label(r, dutch)),
        fit.parties().stream().map(PartyId::value));
  }

  private static String label(Role role, boolean dutch) {
    return dutch ? role.label().nl() : role.label().en();
  }

  private static String names(Stream<String> roles, Stream<String> parties) {
    return Stream.concat(roles, parties).collect(Collectors.joining(", "));
  }
}
