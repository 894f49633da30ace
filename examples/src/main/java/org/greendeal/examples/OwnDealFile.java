package org.greendeal.examples;

import java.io.PrintStream;
import org.greendeal.io.DealFiles;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/**
 * Judges evidence against a deal of one's own, written as a deal file without any Java: a made-up
 * covenant with two roles and three commitments ({@code covenant.yaml}).
 */
public final class OwnDealFile {
  private OwnDealFile() {}

  /** Prints every finding of the covenant's evidence. */
  public static void main(String... args) {
    run(System.out);
  }

  static Evaluation run(PrintStream out) {
    Deal covenant = DealFiles.read("covenant.yaml", Resources.text("covenant.yaml"));
    Evaluation evaluation = RuleSet.compile(covenant).evaluate(
        EvidenceFiles.read("covenant-evidence.yaml", Resources.text("covenant-evidence.yaml")));
    evaluation.findings().forEach(f -> out.println(f.code() + " "
        + f.party().map(Object::toString).orElse("(deal)") + " "
        + f.status().map(Enum::name).orElse(f.severity().name()) + ": " + f.message().en()));
    return evaluation;
  }
}
