package org.greendeal.examples;

import java.io.PrintStream;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Severity;

/** Loads the built-in deal and judges an evidence file against every commitment. */
public final class JudgeEvidence {
  private JudgeEvidence() {}

  /** Prints the findings at WARNING or ERROR and the summary. */
  public static void main(String... args) {
    run(System.out);
  }

  static Evaluation run(PrintStream out) {
    Deal deal = DealCatalog.standard().builtIn();
    Evidence evidence = EvidenceFiles.read("evidence.yaml", Resources.text("evidence.yaml"));
    Evaluation evaluation = RuleSet.compile(deal).evaluate(evidence);
    evaluation.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .forEach(f -> out.println(f.severity() + " " + f.code() + " "
            + f.party().map(Object::toString).orElse("(deal)") + ": " + f.message().en()));
    out.println("summary: " + evaluation.summary());
    return evaluation;
  }
}
