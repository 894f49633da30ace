package org.greendeal.rules.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;

/** Satisfied when any option is; reports the satisfied option, or the one closest to it. */
final class AnyOfCriterion implements CompiledCriterion {
  private final List<CompiledCriterion> options;

  AnyOfCriterion(List<CompiledCriterion> options) {
    this.options = List.copyOf(options);
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    List<Verdict> verdicts = options.stream().map(o -> o.judge(subject, context)).toList();
    Verdict best = verdicts.get(0);
    for (Verdict v : verdicts) {
      if (v.progress() > best.progress()) {
        best = v;
      }
    }
    if (best.satisfied()) {
      return best;
    }
    LocalizedText detail = verdicts.get(0).detail();
    for (Verdict v : verdicts.subList(1, verdicts.size())) {
      detail = Texts.join(detail, "; ", LocalizedText.of("of " + v.detail().nl(),
          "or " + v.detail().en()));
    }
    return ImmutableVerdict.copyOf(best).withDetail(detail);
  }

  @Override
  public LocalizedText what() {
    LocalizedText what = options.get(0).what();
    for (CompiledCriterion o : options.subList(1, options.size())) {
      what = Texts.join(what, "", LocalizedText.of(" of " + o.what().nl(), " or " + o.what().en()));
    }
    return what;
  }

  @Override
  public Set<RecordType> reads() {
    Set<RecordType> reads = new LinkedHashSet<>();
    options.forEach(o -> reads.addAll(o.reads()));
    return reads;
  }
}
