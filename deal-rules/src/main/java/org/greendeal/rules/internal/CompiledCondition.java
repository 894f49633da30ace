package org.greendeal.rules.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.greendeal.model.Condition;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;

/** A {@link Condition} compiled once into a predicate, with a description for messages. */
record CompiledCondition(Predicate<EvidenceRecord> test, LocalizedText description)
    implements Predicate<EvidenceRecord> {

  @Override
  public boolean test(EvidenceRecord record) {
    return test.test(record);
  }

  boolean isAlways() {
    return description.en().isEmpty();
  }

  static CompiledCondition compile(Condition condition) {
    if (condition instanceof Condition.Always) {
      return new CompiledCondition(r -> true, LocalizedText.same(""));
    } else if (condition instanceof Condition.Equals e) {
      return new CompiledCondition(r -> anyValue(r.field(e.field()), v -> sameValue(v, e.value())),
          LocalizedText.same(e.field() + " = " + e.value()));
    } else if (condition instanceof Condition.In in) {
      String values = String.join(", ", in.values());
      return new CompiledCondition(
          r -> anyValue(r.field(in.field()), v -> in.values().stream().anyMatch(x -> sameValue(v, x))),
          LocalizedText.of(in.field() + " in (" + values + ")", in.field() + " in (" + values + ")"));
    } else if (condition instanceof Condition.Present p) {
      return new CompiledCondition(r -> isPresent(r.field(p.field())),
          LocalizedText.of(p.field() + " ingevuld", p.field() + " given"));
    } else if (condition instanceof Condition.PersonalData p) {
      String fields = String.join(", ", p.fields());
      return new CompiledCondition(
          r -> p.fields().stream().anyMatch(f -> r.field(f)
              .map(v -> PersonalData.find(String.valueOf(v)) != null).orElse(false)),
          LocalizedText.of("persoonsgegevens in " + fields, "personal data in " + fields));
    } else if (condition instanceof Condition.Not n) {
      CompiledCondition inner = compile(n.condition());
      return new CompiledCondition(inner.negate(), LocalizedText.of(
          "niet (" + inner.description().nl() + ")", "not (" + inner.description().en() + ")"));
    } else if (condition instanceof Condition.Any any) {
      return combine(any.conditions(), false, " of ", " or ");
    } else if (condition instanceof Condition.All all) {
      return combine(all.conditions(), true, " en ", " and ");
    }
    throw new IllegalArgumentException("unknown condition: " + condition);
  }

  private static CompiledCondition combine(List<Condition> conditions, boolean all,
      String dutchJoin, String englishJoin) {
    List<CompiledCondition> parts = conditions.stream().map(CompiledCondition::compile).toList();
    Predicate<EvidenceRecord> test = all
        ? r -> parts.stream().allMatch(p -> p.test(r))
        : r -> parts.stream().anyMatch(p -> p.test(r));
    return new CompiledCondition(test, LocalizedText.of(
        parts.stream().map(p -> p.description().nl()).collect(Collectors.joining(dutchJoin, "(", ")")),
        parts.stream().map(p -> p.description().en()).collect(Collectors.joining(englishJoin, "(", ")"))));
  }

  private static boolean anyValue(Optional<Object> value, Predicate<Object> test) {
    if (value.isEmpty()) {
      return false;
    }
    if (value.get() instanceof Collection<?> list) {
      return list.stream().anyMatch(test);
    }
    return test.test(value.get());
  }

  private static boolean sameValue(Object actual, String expected) {
    if (actual instanceof BigDecimal || actual instanceof Integer) {
      try {
        return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    String text = actual instanceof Enum<?> e ? e.name() : String.valueOf(actual);
    return text.equals(expected);
  }

  private static boolean isPresent(Optional<Object> value) {
    if (value.isEmpty()) {
      return false;
    }
    if (value.get() instanceof Collection<?> list) {
      return !list.isEmpty();
    }
    return !String.valueOf(value.get()).isBlank();
  }
}
