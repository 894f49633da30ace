package org.greendeal.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.PartyId;

/** Which records a report shows: visible on the as-of date, and for counts dated in the term. */
final class ShownRecords {
  private final Deal deal;
  private final LocalDate asOf;

  ShownRecords(Deal deal, LocalDate asOf) {
    this.deal = deal;
    this.asOf = asOf;
  }

  /** The party a name refers to, if the deal has it. */
  Optional<PartyId> party(String name) {
    return deal.find(name);
  }

  /** Dated on or before the as-of date (by year for yearly records). */
  boolean visible(EvidenceRecord record) {
    return record.type().datedByYear()
        ? record.date().getYear() <= asOf.getYear()
        : !record.date().isAfter(asOf);
  }

  /** Visible, and dated in the term. */
  boolean counts(EvidenceRecord record) {
    boolean inTerm = record.type().datedByYear()
        ? deal.term().containsYear(record.date().getYear())
        : deal.term().contains(record.date());
    return visible(record) && inTerm;
  }
}
