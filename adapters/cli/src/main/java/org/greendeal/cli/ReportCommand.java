package org.greendeal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Language;
import org.greendeal.reporting.ReportBuilder;
import org.greendeal.reporting.ReportFormat;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greendeal report}: a progress report of the deal, in one of six formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes a progress report: summary, scorecards, timeline, trajectories, "
        + "project team, lessons learned and data findings.",
    footer = {"", "Examples:",
        "  greendeal report                                  the demo report as text",
        "  greendeal report --lang en --format html --out report.html",
        "  greendeal report --evidence evidence.yaml --format xlsx --out report.xlsx"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DealSelection selection;

  @Mixin
  EvidenceSelection evidence;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Judge as of this day, YYYY-MM-DD (default: the term's end).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|md|html|csv|json|xlsx",
      description = "Output format (default: from the --out extension, else text).")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE.")
  Path out;

  @Option(names = "--lang", paramLabel = "nl|en",
      description = "Language of the report (default: the deal's).")
  Language language;

  @Override
  public Integer call() throws IOException {
    ReportFormat chosen = chosenFormat();
    if (out == null && chosen.binary() && Terminals.stdoutIsTerminal()) {
      throw new UserError(chosen.name().toLowerCase(Locale.ROOT) + " is binary and will not be "
          + "written to a terminal; give --out FILE (or redirect standard output)");
    }
    Deal deal = selection.load();
    Evidence loaded = evidence.load(deal);
    boolean demo = evidence.isDemo(deal);
    if (demo) {
      spec.commandLine().getErr().println(Notices.demo(deal));
    }
    RuleSet rules = RuleSet.compile(deal);
    Evaluation evaluation = rules.evaluate(loaded, asOf != null ? asOf : deal.term().end());
    Report report = ReportBuilder.of(rules, loaded, evaluation).illustrative(demo).build();
    Language lang = language != null ? language : deal.language();
    ByteArrayOutputStream rendered = new ByteArrayOutputStream();
    chosen.renderer().render(report, lang, rendered);
    if (out != null) {
      AtomicFiles.write(out, rendered.toByteArray());
      spec.commandLine().getErr().println("greendeal: wrote " + out + " ("
          + chosen.name().toLowerCase(Locale.ROOT) + ", " + rendered.size() + " bytes)");
    } else if (chosen.binary()) {
      OutputStream stdout = System.out;
      stdout.write(rendered.toByteArray());
      stdout.flush();
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(rendered.toString(StandardCharsets.UTF_8));
      writer.flush();
    }
    return ExitCode.OK;
  }

  private ReportFormat chosenFormat() {
    if (format != null) {
      return format;
    }
    Optional<String> extension = Optional.ofNullable(out).map(Path::getFileName)
        .map(Path::toString).filter(n -> n.contains("."))
        .map(n -> n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    for (ReportFormat f : ReportFormat.values()) {
      if (extension.filter(f.extension()::equals).isPresent()) {
        return f;
      }
    }
    return ReportFormat.TEXT;
  }
}
