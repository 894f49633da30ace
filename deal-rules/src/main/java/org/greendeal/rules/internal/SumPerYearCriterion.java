package org.greendeal.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;

/** The sum of an amount per calendar year stays at or under a cap (IP-5's EUR 1,500). */
final class SumPerYearCriterion implements CompiledCriterion {
  private final RecordType type;
  private final String field;
  private final BigDecimal atMost;

  SumPerYearCriterion(RecordType type, String field, BigDecimal atMost) {
    this.type = type;
    this.field = field;
    this.atMost = atMost;
  }

  @Override
  public Verdict judge(Subject subject, EvaluationContext context) {
    List<EvidenceRecord> records = subject.records(context, type, type.defaultPartyField());
    Map<Integer, BigDecimal> perYear = new TreeMap<>();
    Map<Integer, List<EvidenceRecord>> recordsPerYear = new TreeMap<>();
    for (EvidenceRecord r : records) {
      BigDecimal amount = r.field(field).map(v -> new BigDecimal(v.toString())).orElse(BigDecimal.ZERO);
      perYear.merge(r.date().getYear(), amount, BigDecimal::add);
      recordsPerYear.computeIfAbsent(r.date().getYear(), y -> new ArrayList<>()).add(r);
    }
    List<Integer> over = perYear.entrySet().stream()
        .filter(e -> e.getValue().compareTo(atMost) > 0).map(Map.Entry::getKey).toList();
    List<EvidenceRecord> used = over.isEmpty() ? records
        : over.stream().flatMap(y -> recordsPerYear.get(y).stream()).toList();
    return ImmutableVerdict.builder()
        .satisfied(over.isEmpty())
        .used(used)
        .considered(records.stream().map(Considerations::counted).toList())
        .detail(Texts.both(language -> describe(language, perYear, over)))
        .build();
  }

  private String describe(Language language, Map<Integer, BigDecimal> perYear, List<Integer> over) {
    boolean dutch = language == Language.NL;
    String cap = Texts.euros(atMost, language);
    if (perYear.isEmpty()) {
      return dutch ? "geen " + type.plural().nl() : "no " + type.plural().en();
    }
    List<String> years = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> e : perYear.entrySet()) {
      years.add(e.getKey() + ": " + Texts.euros(e.getValue(), language));
    }
    if (over.isEmpty()) {
      return (dutch ? "per jaar hoogstens " + cap + " (" : "at most " + cap + " a year (")
          + String.join("; ", years) + ")";
    }
    List<String> overYears = over.stream()
        .map(y -> y + " (" + Texts.euros(perYear.get(y), language) + ")").toList();
    return (dutch ? "meer dan " + cap + " in " : "over " + cap + " in ")
        + String.join(", ", overYears);
  }

  @Override
  public LocalizedText what() {
    return LocalizedText.of(type.plural().nl() + " per jaar", type.plural().en() + " per year");
  }

  @Override
  public Set<RecordType> reads() {
    return Set.of(type);
  }
}
