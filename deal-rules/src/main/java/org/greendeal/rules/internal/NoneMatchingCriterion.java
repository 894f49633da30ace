package org.greendeal.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;
import org.greendeal.rules.ImmutableConsidered;

/** No record of a type matches a condition (D-1: nothing sensitive exchanged). */
final class NoneMatchingCriterion implements CompiledCriterion {
  private final RecordType type;
  private final CompiledCondition condition;

  NoneMatchingCriterion(RecordType type, CompiledCondition condition) {
    this.type = type;
    this.condition = condition;
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    List<EvidenceRecord> matching = new ArrayList<>();
    List<Explanation.Considered> considered = new ArrayList<>();
    for (EvidenceRecord r : subject.records(context, type, type.defaultPartyField())) {
      if (condition.test(r)) {
        matching.add(r);
        considered.add(ImmutableConsidered.of(r.ref(), true, LocalizedText.of(
            "in strijd: " + condition.description().nl(),
            "violates: " + condition.description().en())));
      }
    }
    LocalizedText detail = matching.isEmpty()
        ? LocalizedText.of("geen " + what().nl(), "no " + what().en())
        : LocalizedText.of(matching.size() + " " + what().nl() + Texts.colonRefs(matching),
            matching.size() + " " + what().en() + Texts.colonRefs(matching));
    return ImmutableVerdict.builder().satisfied(matching.isEmpty()).used(matching)
        .considered(considered).detail(detail).build();
  }

  @Override
  public LocalizedText what() {
    return LocalizedText.of(type.plural().nl() + " met " + condition.description().nl(),
        type.plural().en() + " with " + condition.description().en());
  }

  @Override
  public Set<RecordType> reads() {
    return Set.of(type);
  }
}
