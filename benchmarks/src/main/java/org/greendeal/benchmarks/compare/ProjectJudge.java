package org.greendeal.benchmarks.compare;

import java.nio.file.Path;
import java.util.List;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.InputException;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.RuleSet;

/**
 * Judge (d), the project through its public API, as an embedder uses it: the built-in deal from
 * the catalogue, {@code RuleSet.compile(deal)}, {@code EvidenceFiles.read(file)} and {@code
 * evaluate(evidence)}. It judges every commitment and the data; only the findings on {@link
 * Outcome#CODES} are compared.
 */
public final class ProjectJudge implements Judge {
  @Override
  public String name() {
    return "project";
  }

  @Override
  public Judgement judge(Path file) {
    long start = System.nanoTime();
    Deal deal = DealCatalog.standard().builtIn();
    RuleSet rules = RuleSet.compile(deal);
    long setup = System.nanoTime() - start;
    start = System.nanoTime();
    Evidence evidence;
    try {
      evidence = EvidenceFiles.read(file);
    } catch (InputException e) {
      if (EvidenceStream.isJsonLines(file)) {
        throw new UnsupportedOperationException("EvidenceFiles.read refuses the .jsonl file: "
            + e.getMessage().lines().findFirst().orElse("").replace(file.toString(), "")
                .replaceFirst("^: ", ""), e);
      }
      throw e;
    }
    long read = System.nanoTime() - start;
    start = System.nanoTime();
    Evaluation evaluation = rules.evaluate(evidence);
    long judge = System.nanoTime() - start;
    return new Judgement(outcomes(evaluation.findings()), setup, read, judge);
  }

  /** The findings on the compared codes, normalised. */
  static List<Outcome> outcomes(List<Finding> findings) {
    return findings.stream()
        .filter(f -> Outcome.CODES.contains(f.code()))
        .map(f -> new Outcome(f.code(), f.party().orElseThrow().value(),
            f.status().orElseThrow().name(), f.actual().orElse(null), f.required().orElse(null),
            f.evidence()))
        .toList();
  }
}
