package org.greendeal.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;

/** Every value of a set appears in a field of some matching record (IP-2's three aspects). */
final class CoversCriterion implements CompiledCriterion {
  private final RecordType type;
  private final String field;
  private final Set<String> values;
  private final CompiledCondition condition;

  CoversCriterion(RecordType type, String field, Set<String> values, CompiledCondition condition) {
    this.type = type;
    this.field = field;
    this.values = Set.copyOf(new LinkedHashSet<>(values));
    this.condition = condition;
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    Set<String> covered = new LinkedHashSet<>();
    List<EvidenceRecord> used = new ArrayList<>();
    List<Explanation.Considered> considered = new ArrayList<>();
    for (EvidenceRecord r : subject.records(context, type, type.defaultPartyField())) {
      if (!condition.test(r)) {
        considered.add(Considerations.notMatching(r, condition.description()));
        continue;
      }
      List<String> found = valuesOf(r).stream().filter(values::contains).toList();
      if (found.isEmpty()) {
        considered.add(Considerations.notMatching(r, LocalizedText.same(field + " in " + values)));
      } else {
        covered.addAll(found);
        used.add(r);
        considered.add(Considerations.counted(r));
      }
    }
    List<String> ordered = values.stream().sorted().toList();
    List<String> have = ordered.stream().filter(covered::contains).toList();
    List<String> missing = ordered.stream().filter(v -> !covered.contains(v)).toList();
    String haveText = have.isEmpty() ? "" : " (" + String.join(", ", have) + ")";
    LocalizedText detail = LocalizedText.of(
        have.size() + " van " + values.size() + " " + field + "-waarden gedekt" + haveText
            + (missing.isEmpty() ? "" : "; ontbreekt: " + String.join(", ", missing))
            + Texts.colonRefs(used).replaceFirst("^: ", "; bewijs: "),
        have.size() + " of " + values.size() + " " + field + " values covered" + haveText
            + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
            + Texts.colonRefs(used).replaceFirst("^: ", "; evidence: "));
    return ImmutableVerdict.builder().satisfied(missing.isEmpty()).actual(have.size())
        .required(values.size()).used(used).considered(considered).detail(detail).build();
  }

  private List<String> valuesOf(EvidenceRecord record) {
    Object value = record.field(field).orElse(null);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(CoversCriterion::text).toList();
    }
    return List.of(text(value));
  }

  private static String text(Object value) {
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }

  @Override
  public LocalizedText what() {
    String list = String.join(", ", values.stream().sorted().toList());
    return LocalizedText.of(type.plural().nl() + " voor " + list,
        type.plural().en() + " for " + list);
  }

  @Override
  public Set<RecordType> reads() {
    return Set.of(type);
  }
}
