package org.greendeal.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordFit;
import org.greendeal.model.Scope;

/**
 * Turns a {@link Deal} into the tree of a deal file, keys in the order of docs/deal-file.md. A
 * due date on the term's last day is written {@code term-end}; defaults (a display name equal to
 * the name, a fit's default party field, scope EACH) are left out.
 */
final class DealWriter {
  private DealWriter() {}

  static OutMap tree(Deal deal) {
    Map<String, Object> counts = new LinkedHashMap<>();
    deal.statedCounts().forEach((role, count) -> counts.put(role.name(), count));
    return OutMap.create()
        .put("id", deal.id())
        .putIfPresent("number", deal.number())
        .put("title", text(deal.title()))
        .putIfPresent("subtitle", deal.subtitle().map(DealWriter::text))
        .putIfPresent("signed", deal.signed())
        .put("term", OutMap.create().put("start", deal.term().start())
            .put("end", deal.term().end()))
        .put("language", DealValues.write(deal.language()))
        .putIfPresent("statedCounts", counts.isEmpty() ? Optional.empty() : Optional.of(counts))
        .put("parties", deal.parties().stream().map(p -> party(p, deal)).toList())
        .putIfNotEmpty("units", deal.units().stream().map(DealWriter::unit).toList())
        .putIfNotEmpty("fits", deal.recordFits().stream().map(DealWriter::fit).toList())
        .put("commitments", deal.commitments().stream()
            .map(c -> commitment(c, deal.term().end())).toList());
  }

  private static OutMap text(LocalizedText text) {
    return OutMap.create().put("nl", text.nl()).put("en", text.en());
  }

  private static OutMap party(Party party, Deal deal) {
    PartyRole role = deal.roles().stream().filter(r -> r.party().equals(party.id()))
        .findFirst().orElseThrow();
    return names(OutMap.create().put("id", party.id()), party.name(), party.displayName())
        .putIfNotEmpty("aliases", party.aliases())
        .put("role", role.role())
        .putIfPresent("joined", role.joined());
  }

  private static OutMap unit(OrganisationalUnit unit) {
    return names(OutMap.create().put("id", unit.id()), unit.name(), unit.displayName())
        .putIfNotEmpty("aliases", unit.aliases())
        .put("partOf", unit.partOf());
  }

  private static OutMap names(OutMap map, String name, String displayName) {
    map.put("name", name);
    return name.equals(displayName) ? map : map.put("displayName", displayName);
  }

  private static OutMap fit(RecordFit fit) {
    OutMap map = OutMap.create().put("records", fit.records().key());
    if (!fit.partyField().equals(fit.records().defaultPartyField())) {
      map.put("partyField", fit.partyField());
    }
    return map.putIfNotEmpty("roles", fit.roles()).putIfNotEmpty("parties", fit.parties());
  }

  private static OutMap commitment(Commitment c, LocalDate termEnd) {
    return OutMap.create()
        .put("id", c.id())
        .put("title", text(c.title()))
        .put("text", text(c.text()))
        .put("binds", binding(c.binds()))
        .put("obligation", c.obligation())
        .putIfPresent("due", c.due().map(d -> d.equals(termEnd) ? "term-end" : d.toString()))
        .put("criterion", CriterionWriter.criterion(c.criterion()));
  }

  private static OutMap binding(Binding binding) {
    OutMap map = OutMap.create()
        .putIfNotEmpty("roles", binding.roles())
        .putIfNotEmpty("parties", binding.parties());
    return binding.scope() == Scope.EACH ? map : map.put("scope", binding.scope());
  }
}
