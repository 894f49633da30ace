package org.greendeal.rules;

import java.time.LocalDate;
import java.util.List;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;

/**
 * What a rule sees: the deal (with the parties that joined), the as-of date and the evidence,
 * indexed once by party and record type. "Counted" records are those visible on the as-of date,
 * dated in the term and on or after their party joined, naming only known parties, fitting the
 * party's role, and with an id no other record of their kind shares.
 */
public interface EvaluationContext {
  /** The deal, with the parties that joined according to the evidence. */
  Deal deal();

  /** The date the evidence is judged on. */
  LocalDate asOf();

  /** The evidence as given. */
  Evidence evidence();

  /**
   * The counted records of {@code type} whose {@code partyField} names {@code party}; for a party,
   * its units' records too. Sorted by date, then by reference.
   */
  List<EvidenceRecord> records(PartyId party, RecordType type, String partyField);

  /** As {@link #records(PartyId, RecordType, String)} with the type's own party field. */
  default List<EvidenceRecord> records(PartyId party, RecordType type) {
    return records(party, type, type.defaultPartyField());
  }

  /** Every counted record of {@code type}, whoever it names; sorted by date, then reference. */
  List<EvidenceRecord> records(RecordType type);

  /** How many counted records of {@code type} are dated on or after {@code from}. */
  int countSince(RecordType type, LocalDate from);

  /** The records of {@code party} (and its units) that were left out, with the reason. */
  List<Explanation.Considered> leftOut(PartyId party, RecordType type);

  /** The day from which {@code party} is judged: its joining day, or the term's start. */
  LocalDate judgedFrom(PartyId party);
}
