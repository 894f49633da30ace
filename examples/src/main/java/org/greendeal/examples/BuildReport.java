package org.greendeal.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Language;
import org.greendeal.reporting.ReportBuilder;
import org.greendeal.reporting.ReportFormat;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/** Builds a progress report from the library API and renders it as Markdown in English. */
public final class BuildReport {
  private BuildReport() {}

  /** Prints the Markdown report of the example evidence. */
  public static void main(String... args) throws IOException {
    run(System.out);
  }

  static Report run(PrintStream out) throws IOException {
    Deal deal = DealCatalog.standard().builtIn();
    Evidence evidence = EvidenceFiles.read("evidence.yaml", Resources.text("evidence.yaml"));
    RuleSet rules = RuleSet.compile(deal);
    Evaluation evaluation = rules.evaluate(evidence);
    Report report = ReportBuilder.of(rules, evidence, evaluation).illustrative(true).build();
    ByteArrayOutputStream markdown = new ByteArrayOutputStream();
    ReportFormat.MD.renderer().render(report, Language.EN, markdown);
    out.print(markdown.toString(StandardCharsets.UTF_8));
    return report;
  }
}
