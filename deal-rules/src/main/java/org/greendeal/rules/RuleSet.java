package org.greendeal.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.rules.internal.CommitmentRule;
import org.greendeal.rules.internal.EvidenceIndex;
import org.greendeal.rules.internal.FindingOrder;
import org.greendeal.rules.internal.Prohibitions;

/**
 * A deal's commitments compiled once into rules, plus any rules a team adds; immutable and safe
 * to evaluate from many threads. Rules keep their order; a duplicate id is refused.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.compile(deal);
 * Evaluation evaluation = rules.evaluate(evidence, LocalDate.of(2019, 6, 30));
 * }</pre>
 */
public final class RuleSet {
  private final Deal deal;
  private final ImmutableList<Rule> rules;
  private final Prohibitions prohibitions;

  private RuleSet(Deal deal, List<Rule> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("rule set: duplicate rule id \"" + rule.id() + "\"");
      }
    }
    this.deal = deal;
    this.rules = ImmutableList.copyOf(rules);
    this.prohibitions = Prohibitions.of(deal);
  }

  /** Compiles every commitment of {@code deal}, in the deal's order. */
  public static RuleSet compile(Deal deal) {
    List<Rule> rules = new ArrayList<>();
    for (Commitment commitment : deal.commitments()) {
      rules.add(CommitmentRule.compile(commitment));
    }
    return new RuleSet(deal, rules);
  }

  /** This rule set with {@code more} rules after its own; refuses an id already taken. */
  public RuleSet with(Rule... more) {
    return new RuleSet(deal, ImmutableList.<Rule>builder().addAll(rules).add(more).build());
  }

  /** The deal the rules were compiled from. */
  public Deal deal() {
    return deal;
  }

  /** The rules, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule with {@code id}. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The PROHIBITION commitments that {@code record} breaks, whatever its date or party: a report
   * must never republish such a record (D-1: no competition- or privacy-sensitive information).
   */
  public List<CommitmentId> prohibitionsBrokenBy(EvidenceRecord record) {
    return prohibitions.brokenBy(record);
  }

  /** Judges {@code evidence} as of the term's end. */
  public Evaluation evaluate(Evidence evidence) {
    return evaluate(evidence, deal.term().end());
  }

  /** Judges {@code evidence} as of {@code asOf}. */
  public Evaluation evaluate(Evidence evidence, LocalDate asOf) {
    return evaluate(evidence, asOf, EvaluationListener.NONE);
  }

  /** Judges {@code evidence} as of {@code asOf}, telling {@code listener} as it goes. */
  public Evaluation evaluate(Evidence evidence, LocalDate asOf, EvaluationListener listener) {
    EvidenceIndex index = EvidenceIndex.build(deal, evidence, asOf);
    List<Finding> findings = new ArrayList<>(index.dataFindings());
    for (Rule rule : rules) {
      listener.beforeRule(rule);
      List<Finding> made = rule.evaluate(index);
      listener.afterRule(rule, made);
      findings.addAll(made);
    }
    findings.sort(FindingOrder.INSTANCE);
    findings.forEach(listener::onFinding);
    return ImmutableEvaluation.builder().deal(index.deal()).asOf(asOf).findings(findings).build();
  }
}
