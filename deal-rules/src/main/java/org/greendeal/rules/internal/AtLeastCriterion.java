package org.greendeal.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Criterion;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;

/** At least N matching records of a type (and an effort record, which is at least one). */
final class AtLeastCriterion implements CompiledCriterion {
  private final int count;
  private final RecordType type;
  private final String partyField;
  private final CompiledCondition condition;
  private final boolean showTotal;
  private final boolean counts;
  private final LocalizedText what;

  private AtLeastCriterion(int count, RecordType type, String partyField,
      CompiledCondition condition, boolean showTotal, boolean counts, LocalizedText what) {
    this.count = count;
    this.type = type;
    this.partyField = partyField;
    this.condition = condition;
    this.showTotal = showTotal;
    this.counts = counts;
    this.what = what;
  }

  static AtLeastCriterion compile(Criterion.AtLeast criterion) {
    CompiledCondition condition = CompiledCondition.compile(criterion.where());
    RecordType type = criterion.records();
    LocalizedText what = condition.isAlways() ? type.plural()
        : LocalizedText.of(type.plural().nl() + " met " + condition.description().nl(),
            type.plural().en() + " with " + condition.description().en());
    return new AtLeastCriterion(criterion.count(), type,
        criterion.partyField().orElse(type.defaultPartyField()), condition,
        criterion.showTotal(), true, what);
  }

  /** An effort record naming {@code owner}: present or not; nothing is counted. */
  static AtLeastCriterion effortRecord(CommitmentId owner) {
    RecordType type = RecordType.EFFORT;
    return new AtLeastCriterion(1, type, type.defaultPartyField(),
        CompiledCondition.compile(CompiledCriterion.namesCommitment(owner)), false, false,
        LocalizedText.of(type.plural().nl() + " voor " + owner, type.plural().en() + " for " + owner));
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    List<EvidenceRecord> matching = new ArrayList<>();
    List<Explanation.Considered> considered = new ArrayList<>();
    List<Explanation.Considered> notMatching = new ArrayList<>();
    for (EvidenceRecord r : subject.records(context, type, partyField)) {
      if (condition.test(r)) {
        matching.add(r);
        considered.add(Considerations.counted(r));
      } else {
        notMatching.add(Considerations.notMatching(r, condition.description()));
      }
    }
    considered.addAll(notMatching);
    int actual = matching.size();
    ImmutableVerdict.Builder verdict = ImmutableVerdict.builder()
        .satisfied(actual >= count).used(matching).considered(considered);
    if (!counts) {
      return verdict.detail(presence(matching)).build();
    }
    verdict.actual(actual).required(count);
    if (showTotal) {
      int held = context.countSince(type, subject.judgedFrom());
      verdict.total(held).detail(LocalizedText.of(
          actual + " van de " + held + " " + type.plural().nl() + " sinds deelname bijgewoond"
              + Texts.colonRefs(matching),
          "attended " + actual + " of the " + held + " " + type.plural().en()
              + " held since joining" + Texts.colonRefs(matching)));
    } else {
      verdict.detail(LocalizedText.of(
          actual + " van " + count + " " + what.nl() + Texts.colonRefs(matching),
          actual + " of " + count + " " + what.en() + Texts.colonRefs(matching)));
    }
    return verdict.build();
  }

  /** "geen inspanningen voor P-1", "1 inspanning voor P-1: x", "2 inspanningen voor P-1: x, y". */
  private LocalizedText presence(List<EvidenceRecord> matching) {
    if (matching.isEmpty()) {
      return LocalizedText.of("geen " + what.nl(), "no " + what.en());
    }
    LocalizedText noun = matching.size() == 1 ? type.label() : type.plural();
    String owner = what.en().substring(type.plural().en().length());
    String ownerNl = what.nl().substring(type.plural().nl().length());
    return LocalizedText.of(
        matching.size() + " " + noun.nl() + ownerNl + Texts.colonRefs(matching),
        matching.size() + " " + noun.en() + owner + Texts.colonRefs(matching));
  }

  @Override
  public LocalizedText what() {
    return what;
  }

  @Override
  public Set<RecordType> reads() {
    return Set.of(type);
  }
}
