package org.greendeal.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;

/**
 * Who a finding is about: one party (with its units), one unit, or all bound parties together.
 *
 * @param party the party of the finding; empty for a deal-wide finding
 * @param members the parties whose records count
 * @param judgedFrom from which day the records count
 */
record Subject(Optional<PartyId> party, List<PartyId> members, LocalDate judgedFrom) {

  /** The counted records of {@code type} naming a member in {@code partyField}, each once. */
  List<EvidenceRecord> records(EvaluationContext context, RecordType type, String partyField) {
    if (members.size() == 1) {
      return context.records(members.get(0), type, partyField);
    }
    Set<EvidenceRecord> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<EvidenceRecord> records = new ArrayList<>();
    for (PartyId member : members) {
      for (EvidenceRecord r : context.records(member, type, partyField)) {
        if (seen.add(r)) {
          records.add(r);
        }
      }
    }
    records.sort(EvidenceIndex.RECORD_ORDER);
    return records;
  }

  /** The members' records of {@code type} that were left out, and why. */
  List<Explanation.Considered> leftOut(EvaluationContext context, RecordType type) {
    List<Explanation.Considered> leftOut = new ArrayList<>();
    for (PartyId member : members) {
      leftOut.addAll(context.leftOut(member, type));
    }
    return leftOut;
  }
}
