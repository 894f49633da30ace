package org.greendeal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Language;
import org.greendeal.reporting.FindingsJsonWriter;
import org.greendeal.reporting.FindingsTextWriter;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greendeal check}: judges evidence against every commitment; exit 1 on a finding at ERROR. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Judges evidence against every commitment of a deal.",
    footer = {"", "Exit codes: 0 nothing at ERROR, 1 a finding at ERROR, 2 bad input or usage."})
final class CheckCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Mixin
  DealSelection selection;

  @Mixin
  EvidenceSelection evidence;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Judge as of this day, YYYY-MM-DD (default: the term's end).")
  LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--explain",
      description = "With each finding, list the records considered: counted or left out, and why.")
  boolean explain;

  @Option(names = "--lang", paramLabel = "nl|en",
      description = "Language of messages (default: the deal's).")
  Language language;

  @Override
  public Integer call() {
    Deal deal = selection.load();
    Evidence loaded = evidence.load(deal);
    if (evidence.isDemo(deal)) {
      spec.commandLine().getErr().println(Notices.demo(deal));
    }
    Evaluation evaluation = RuleSet.compile(deal)
        .evaluate(loaded, asOf != null ? asOf : deal.term().end());
    Language lang = language != null ? language : deal.language();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      new FindingsJsonWriter(lang, explain).write(evaluation, out);
    } else {
      new FindingsTextWriter(lang, Terminals.forStdout(), explain).write(evaluation, out);
    }
    out.flush();
    return evaluation.hasErrors() ? ExitCode.FINDINGS_AT_ERROR : ExitCode.OK;
  }
}
