package org.example;

import java.nio.file.Path;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.RuleSet;

/** The README's embedding snippet, as an application would hold it (ReadmeEmbeddingTest keeps them equal). */
public final class JudgeEvidence {
  private JudgeEvidence() {}

  public static void main(String... args) {
    Deal deal = DealCatalog.standard().builtIn();                   // gdci-2.0
    RuleSet rules = RuleSet.compile(deal);                           // once; immutable, thread-safe
    Evaluation evaluation = rules.evaluate(EvidenceFiles.read(Path.of("evidence.yaml")));
    for (Finding f : evaluation.findings()) {
      System.out.println(f.severity() + " " + f.code() + " "
          + f.party().map(Object::toString).orElse("(deal)") + ": " + f.message().en());
    }
  }
}
