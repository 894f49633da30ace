package org.greendeal.rules.internal;

import java.util.Set;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;

/** A {@link Criterion} compiled once, judged many times. */
interface CompiledCriterion {
  /** Judges the records of {@code subject}. */
  Verdict judge(Subject subject, EvaluationContext context);

  /** What the criterion asks for, in a few words ("publications"), to name what is missing. */
  LocalizedText what();

  /** The record types it reads, for explanations. */
  Set<RecordType> reads();

  /** Compiles {@code criterion} for the commitment {@code owner}. */
  static CompiledCriterion compile(Criterion criterion, CommitmentId owner) {
    if (criterion instanceof Criterion.AtLeast a) {
      return AtLeastCriterion.compile(a);
    } else if (criterion instanceof Criterion.EffortRecord) {
      return AtLeastCriterion.effortRecord(owner);
    } else if (criterion instanceof Criterion.AnyOf any) {
      return new AnyOfCriterion(any.options().stream().map(c -> compile(c, owner)).toList());
    } else if (criterion instanceof Criterion.AllOf all) {
      return new AllOfCriterion(all.parts().stream().map(c -> compile(c, owner)).toList());
    } else if (criterion instanceof Criterion.Covers c) {
      return new CoversCriterion(c.records(), c.field(), c.values(),
          CompiledCondition.compile(c.where()));
    } else if (criterion instanceof Criterion.SumPerYearAtMost s) {
      return new SumPerYearCriterion(s.records(), s.field(), s.atMost());
    } else if (criterion instanceof Criterion.NoneMatching n) {
      return new NoneMatchingCriterion(n.records(), CompiledCondition.compile(n.where()));
    }
    throw new IllegalArgumentException("unknown criterion: " + criterion);
  }

  /** The condition that an effort record names {@code commitment}. */
  static Condition namesCommitment(CommitmentId commitment) {
    return new Condition.Equals("commitment", commitment.value());
  }
}
