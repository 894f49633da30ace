package org.greendeal.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;
import org.immutables.value.Value;

/** The outcome of judging evidence as of a date: every finding, sorted by code, then party. */
@Value.Immutable
public abstract class Evaluation {
  /** The deal judged, with the parties that joined according to the evidence. */
  @Value.Auxiliary
  public abstract Deal deal();

  /** The deal's id. */
  @Value.Derived
  public String dealId() {
    return deal().id();
  }

  /** The date the evidence was judged on. */
  public abstract LocalDate asOf();

  /** The findings, sorted by code, then party. */
  public abstract List<Finding> findings();

  /** How many findings have each status, in the order of {@link Status}; absent statuses left out. */
  public Map<Status, Integer> summary() {
    Map<Status, Integer> summary = new EnumMap<>(Status.class);
    for (Finding f : findings()) {
      f.status().ifPresent(s -> summary.merge(s, 1, Integer::sum));
    }
    return summary;
  }

  /** How many findings have each severity. */
  public Map<Severity, Integer> severities() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : findings()) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }

  /** Whether any finding is at ERROR. */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings with {@code code}. */
  public List<Finding> findings(String code) {
    return findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The finding on {@code code} for {@code party}, if there is exactly one. */
  public Optional<Finding> finding(String code, PartyId party) {
    List<Finding> found = findings().stream()
        .filter(f -> f.code().equals(code) && f.party().equals(Optional.of(party))).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The deal-wide finding on {@code code}, if there is exactly one. */
  public Optional<Finding> dealWideFinding(String code) {
    List<Finding> found = findings().stream()
        .filter(f -> f.code().equals(code) && f.party().isEmpty()).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
