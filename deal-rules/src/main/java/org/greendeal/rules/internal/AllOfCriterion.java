package org.greendeal.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;

/** Satisfied when every part is; names each part that is not. */
final class AllOfCriterion implements CompiledCriterion {
  private final List<CompiledCriterion> parts;

  AllOfCriterion(List<CompiledCriterion> parts) {
    this.parts = List.copyOf(parts);
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    List<EvidenceRecord> used = new ArrayList<>();
    Set<EvidenceRecord> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Explanation.Considered> considered = new ArrayList<>();
    List<String> missingNl = new ArrayList<>();
    List<String> missingEn = new ArrayList<>();
    List<String> foundNl = new ArrayList<>();
    List<String> foundEn = new ArrayList<>();
    for (CompiledCriterion part : parts) {
      Verdict v = part.judge(subject, context);
      v.used().stream().filter(seen::add).forEach(used::add);
      considered.addAll(v.considered());
      if (v.satisfied()) {
        foundNl.add(v.detail().nl());
        foundEn.add(v.detail().en());
      } else {
        missingNl.add(part.what().nl());
        missingEn.add(part.what().en());
      }
    }
    used.sort(EvidenceIndex.RECORD_ORDER);
    boolean satisfied = missingEn.isEmpty();
    LocalizedText detail = satisfied
        ? LocalizedText.of(String.join("; ", foundNl), String.join("; ", foundEn))
        : LocalizedText.of(
            "ontbreekt: " + String.join(", ", missingNl)
                + (foundNl.isEmpty() ? "" : "; aanwezig: " + String.join("; ", foundNl)),
            "missing: " + String.join(", ", missingEn)
                + (foundEn.isEmpty() ? "" : "; present: " + String.join("; ", foundEn)));
    return ImmutableVerdict.builder().satisfied(satisfied).used(used).considered(considered)
        .detail(detail).build();
  }

  @Override
  public LocalizedText what() {
    LocalizedText what = parts.get(0).what();
    for (CompiledCriterion p : parts.subList(1, parts.size())) {
      what = Texts.join(what, "", LocalizedText.of(" en " + p.what().nl(), " and " + p.what().en()));
    }
    return what;
  }

  @Override
  public Set<RecordType> reads() {
    Set<RecordType> reads = new LinkedHashSet<>();
    parts.forEach(p -> reads.addAll(p.reads()));
    return reads;
  }
}
