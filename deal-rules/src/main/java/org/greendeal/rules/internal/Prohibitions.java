package org.greendeal.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Obligation;
import org.greendeal.model.RecordType;

/**
 * The conditions of a deal's PROHIBITION commitments, compiled once, to tell whether a record is
 * one the deal forbids to exchange, whatever its date or party.
 */
public final class Prohibitions {
  private record Prohibition(CommitmentId commitment, RecordType type, CompiledCondition condition) {}

  private final List<Prohibition> prohibitions;

  private Prohibitions(List<Prohibition> prohibitions) {
    this.prohibitions = List.copyOf(prohibitions);
  }

  /** Compiles the prohibitions of {@code deal}. */
  public static Prohibitions of(Deal deal) {
    List<Prohibition> prohibitions = new ArrayList<>();
    for (Commitment c : deal.commitments()) {
      if (c.obligation() == Obligation.PROHIBITION && c.criterion() instanceof Criterion.NoneMatching none) {
        prohibitions.add(new Prohibition(c.id(), none.records(), CompiledCondition.compile(none.where())));
      }
    }
    return new Prohibitions(prohibitions);
  }

  /** The prohibitions {@code record} breaks. */
  public List<CommitmentId> brokenBy(EvidenceRecord record) {
    return prohibitions.stream()
        .filter(p -> p.type() == record.type() && p.condition().test(record))
        .map(Prohibition::commitment)
        .toList();
  }
}
