package org.greendeal.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Trajectory;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.ImmutableFinding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Status;

/**
 * Adds a team's own Java rule beside the deal's commitments: "every procuring participant states
 * the value of its trajectories", something the criteria language does not say.
 */
public final class CustomRule {
  private CustomRule() {}

  /** A rule that reports each procuring participant's trajectories without a value. */
  static final class TrajectoriesHaveAValue implements Rule {
    @Override
    public String id() {
      return "X-VALUE";
    }

    @Override
    public String description() {
      return "Every trajectory states its value in euros";
    }

    @Override
    public List<Finding> evaluate(EvaluationContext context) {
      List<Finding> findings = new ArrayList<>();
      for (PartyId party : context.deal().partiesWith(Role.PROCURING_PARTICIPANT)) {
        List<String> withoutValue = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (EvidenceRecord r : context.records(party, RecordType.TRAJECTORY)) {
          Trajectory t = (Trajectory) r;
          if (t.valueEur().isPresent()) {
            total = total.add(t.valueEur().get());
          } else {
            withoutValue.add(t.ref());
          }
        }
        Status status = withoutValue.isEmpty() ? Status.REPORTED : Status.NO_EVIDENCE;
        findings.add(ImmutableFinding.builder().code(id()).party(party).status(status)
            .severity(status.severity()).evidence(withoutValue)
            .message(withoutValue.isEmpty()
                ? LocalizedText.of("totale waarde € " + total, "total value EUR " + total)
                : LocalizedText.of("zonder waarde: " + withoutValue, "without value: " + withoutValue))
            .build());
      }
      return findings;
    }
  }

  /** Judges the example evidence with the deal's rules plus {@link TrajectoriesHaveAValue}. */
  public static void main(String... args) {
    run(System.out);
  }

  static Evaluation run(PrintStream out) {
    RuleSet rules = RuleSet.compile(DealCatalog.standard().builtIn()).with(new TrajectoriesHaveAValue());
    Evaluation evaluation = rules.evaluate(
        EvidenceFiles.read("evidence.yaml", Resources.text("evidence.yaml")));
    evaluation.findings("X-VALUE").stream()
        .filter(f -> f.status().orElseThrow() == Status.NO_EVIDENCE || f.evidence().isEmpty()
            && !f.message().en().equals("total value EUR 0"))
        .forEach(f -> out.println(f.code() + " " + f.party().orElseThrow() + ": " + f.message().en()));
    return evaluation;
  }
}
