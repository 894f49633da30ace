package org.greendeal.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Term;
import org.greendeal.rules.DataCode;
import org.greendeal.rules.Finding;
import org.greendeal.rules.ImmutableFinding;

/** Collects the data findings of one evaluation, each with its message in Dutch and English. */
final class DataFindings {
  private final List<Finding> findings = new ArrayList<>();

  List<Finding> findings() {
    return findings;
  }

  void unknownParty(EvidenceRecord record, List<String> names) {
    String quoted = "\"" + String.join("\", \"", names) + "\"";
    add(DataCode.UNKNOWN_PARTY, Optional.empty(), List.of(record.ref()), LocalizedText.of(
        record.type().label().nl() + " " + record.ref() + " noemt een partij die de deal niet kent: "
            + quoted + "; niet geteld",
        record.type().label().en() + " " + record.ref() + " names a party the deal does not have: "
            + quoted + "; not counted"));
  }

  void outOfTerm(EvidenceRecord record, Collection<PartyId> parties, Term term) {
    String date = record.type().datedByYear() ? String.valueOf(record.date().getYear())
        : record.date().toString();
    add(DataCode.OUT_OF_TERM, soleParty(parties), List.of(record.ref()), LocalizedText.of(
        record.type().label().nl() + " " + record.ref() + " is gedateerd " + date
            + ", buiten de looptijd " + term.start() + " t/m " + term.end() + "; niet geteld",
        record.type().label().en() + " " + record.ref() + " is dated " + date
            + ", outside the term " + term.start() + " to " + term.end() + "; not counted"));
  }

  void beforeJoining(EvidenceRecord record, PartyId party, LocalDate joined) {
    add(DataCode.OUT_OF_TERM, Optional.of(party), List.of(record.ref()), LocalizedText.of(
        record.type().label().nl() + " " + record.ref() + " is gedateerd " + record.date()
            + ", voor " + party + " toetrad op " + joined + "; niet geteld",
        record.type().label().en() + " " + record.ref() + " is dated " + record.date()
            + ", before " + party + " joined on " + joined + "; not counted"));
  }

  void roleMismatch(EvidenceRecord record, String field, PartyId party, LocalizedText fits) {
    add(DataCode.ROLE_MISMATCH, Optional.of(party), List.of(record.ref()), LocalizedText.of(
        record.type().label().nl() + " " + record.ref() + ": " + field + " " + party
            + " past niet bij zijn rol (" + fits.nl() + "); niet geteld",
        record.type().label().en() + " " + record.ref() + ": " + field + " " + party
            + " does not fit its role (" + fits.en() + "); not counted"));
  }

  void duplicateId(RecordType type, String id, int count, Collection<PartyId> parties) {
    add(DataCode.DUPLICATE_ID, soleParty(parties), List.of(id), LocalizedText.of(
        count + " " + type.plural().nl() + " hebben het id " + id + "; geen ervan wordt geteld",
        count + " " + type.plural().en() + " share the id " + id + "; none is counted"));
  }

  void joinRefused(JoinedParty party, String why) {
    add(DataCode.DUPLICATE_ID, Optional.of(party.id()),
        List.of(party.source().map(s -> s.fileAndLine()).orElse(party.id().value())),
        LocalizedText.of("toetreding van " + party.id() + " geweigerd: " + why,
            "joining of " + party.id() + " refused: " + why));
  }

  void annexCounts(Deal deal) {
    for (Map.Entry<Role, Integer> stated : deal.statedCounts().entrySet()) {
      long listed = deal.roles().stream()
          .filter(r -> r.role() == stated.getKey() && r.joined().isEmpty())
          .map(PartyRole::party).count();
      if (listed != stated.getValue()) {
        Role role = stated.getKey();
        add(DataCode.ANNEX_COUNT, Optional.empty(), List.of(), LocalizedText.of(
            "de aanhef noemt " + stated.getValue() + " x " + role.label().nl()
                + ", de bijlage " + listed,
            "the header states " + stated.getValue() + " x " + role.label().en()
                + ", the annex lists " + listed));
      }
    }
  }

  private static Optional<PartyId> soleParty(Collection<PartyId> parties) {
    return parties.size() == 1 ? Optional.of(parties.iterator().next()) : Optional.empty();
  }

  private void add(DataCode code, Optional<PartyId> party, List<String> evidence,
      LocalizedText message) {
    findings.add(ImmutableFinding.builder().code(code.code()).party(party)
        .severity(code.severity()).evidence(evidence).message(message).build());
  }
}
