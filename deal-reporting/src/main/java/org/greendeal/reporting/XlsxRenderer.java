package org.greendeal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.Header;
import org.greendeal.reporting.model.LessonGroup;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.ResultShare;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.Summary;
import org.greendeal.reporting.model.TrajectoryRow;
import org.greendeal.reporting.model.YearContribution;
import org.greendeal.rules.Status;

/**
 * The report as an Excel workbook (XLSX, Apache POI) of five sheets:
 * <ol>
 *   <li>{@code summary}: the title, the term (two date cells), the as-of date, the number of
 *       evidence records, errors and warnings, the illustrative warning if any; then the findings
 *       per status per role (role, parties, one column per status, total), the results met (code,
 *       commitment, met, bound, share) and the contributions per year (the limit, then year, total,
 *       contributors, over the limit);
 *   <li>{@code findings}: one row per finding, the same columns as the CSV ({@link CsvRenderer}):
 *       code, party, party name, commitment, status, severity, actual, required, total, evidence,
 *       message;
 *   <li>{@code parties}: one row per party: id, name, role, joined, fulfilled, applicable, progress;
 *   <li>{@code trajectories}: one row per trajectory: id, party, party name, title, kind, started,
 *       category, status, value, strategies;
 *   <li>{@code lessons}: one row per lesson learned: theme, factor, date, party, party name, title,
 *       text (knowledge items a prohibition flags are not in the report model, so never here).
 * </ol>
 *
 * <p><b>Language.</b> Sheet names are fixed English identifiers, whatever the language, because
 * formulas, links, Power Query steps and macros refer to a sheet by its name; everything a person
 * reads inside a sheet (column headings, statuses, roles, titles, messages) is in the language asked
 * for, as in the other human formats (text, Markdown, HTML).
 *
 * <p>Each sheet has a bold header row with the panes frozen below the first row, an auto filter over
 * its table (on {@code summary}, over the findings per role) and column widths set from the content's
 * length. Dates are date cells ({@code yyyy-mm-dd}), amounts numeric cells in euros, counts numeric
 * cells, progress and shares percentages. Every text cell passes {@link FormulaGuard}.
 *
 * <p>The renderer writes the workbook to the stream it is given and leaves the stream open.
 */
public final class XlsxRenderer implements Renderer {
  /** The sheet names, in order. */
  static final List<String> SHEETS =
      List.of("summary", "findings", "parties", "trajectories", "lessons");

  @Override
  public void render(Report report, Language language, OutputStream out) throws IOException {
    Labels labels = new Labels(language);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
      summary(new SheetWriter(workbook.createSheet(SHEETS.get(0)), styles), report, labels, styles);
      findings(new SheetWriter(workbook.createSheet(SHEETS.get(1)), styles), report, labels);
      parties(new SheetWriter(workbook.createSheet(SHEETS.get(2)), styles), report, labels);
      trajectories(new SheetWriter(workbook.createSheet(SHEETS.get(3)), styles), report, labels);
      lessons(new SheetWriter(workbook.createSheet(SHEETS.get(4)), styles), report, labels);
      workbook.write(out);
    }
    out.flush();
  }

  private static void summary(SheetWriter s, Report report, Labels l, SheetWriter.Styles styles) {
    Header h = report.header();
    Summary sum = report.summary();
    s.line(l.get("report.title") + ": " + l.text(h.title())
        + h.subtitle().map(t -> " - " + l.text(t)).orElse(""), styles.title);
    s.row().text(capital(l.get("report.term"))).date(h.termStart()).date(h.termEnd());
    s.row().text(capital(l.get("report.asOf"))).date(h.asOf());
    s.row().text(l.get("report.evidenceRecords")).number(h.evidenceRecords());
    s.row().text(capital(l.get("summary.errors"))).number(sum.errors());
    s.row().text(capital(l.get("summary.warnings"))).number(sum.warnings());
    if (h.illustrative()) {
      s.line(l.get("report.illustrative"), styles.warning);
    }

    s.blank().line(l.get("summary.byRole"), styles.bold);
    List<Status> statuses = sum.byRole().stream().flatMap(r -> r.counts().keySet().stream())
        .distinct().sorted().toList();
    List<String> headers = new ArrayList<>(List.of(l.get("column.role"), l.get("parties.title")));
    statuses.forEach(st -> headers.add(l.status(st)));
    headers.add(l.get("summary.total"));
    int header = s.header(headers);
    for (RoleStatuses r : sum.byRole()) {
      s.row().text(l.role(r.role())).number(r.parties());
      statuses.forEach(st -> s.number(r.counts().getOrDefault(st, 0)));
      s.number(r.total());
    }
    s.filter(header, s.rowIndex(), headers.size() - 1);

    s.blank().line(l.get("summary.results"), styles.bold);
    s.header(List.of(l.get("column.code"), l.get("column.commitment"), l.get("column.met"),
        l.get("column.bound"), l.get("column.share")));
    for (ResultShare r : sum.results()) {
      s.row().text(r.code()).text(l.text(r.title())).number(r.met()).number(r.bound())
          .percent(r.percent());
    }

    s.blank().line(l.get("summary.contributions"), styles.bold);
    sum.contributionLimit().ifPresent(limit -> s.row().text(l.get("summary.limit")).euros(limit));
    s.header(List.of(l.get("timeline.year"), l.get("summary.total"), l.get("summary.contributors"),
        l.get("summary.overLimit")));
    for (YearContribution y : sum.contributions()) {
      s.row().number(y.year()).euros(y.total()).number(y.contributors()).number(y.overLimit());
    }
    s.finish();
  }

  private static void findings(SheetWriter s, Report report, Labels l) {
    List<String> headers = List.of(l.get("column.code"), l.get("column.party"),
        l.get("column.partyName"), l.get("column.commitment"), l.get("column.status"),
        l.get("column.severity"), l.get("column.actual"), l.get("column.required"),
        l.get("column.total"), l.get("column.evidence"), l.get("column.message"));
    s.header(headers);
    for (FindingRow f : report.allFindings()) {
      s.row().text(f.code()).text(f.party()).text(f.partyName()).text(f.title().map(l::text))
          .text(f.status().map(l::status)).text(f.severity().name()).number(f.actual())
          .number(f.required()).number(f.total()).text(CsvRenderer.evidence(f))
          .text(l.text(f.message()));
    }
    s.filter(0, s.rowIndex(), headers.size() - 1);
    s.finish();
  }

  private static void parties(SheetWriter s, Report report, Labels l) {
    List<String> headers = List.of(l.get("column.id"), l.get("column.partyName"),
        l.get("column.role"), l.get("column.joined"), l.get("column.fulfilled"),
        l.get("column.applicable"), l.get("party.progress"));
    s.header(headers);
    for (PartyScorecard p : report.parties()) {
      s.row().text(p.id()).text(p.name()).text(l.role(p.role())).date(p.joined())
          .number(p.fulfilled()).number(p.applicable()).percent(p.percent());
    }
    s.filter(0, s.rowIndex(), headers.size() - 1);
    s.finish();
  }

  private static void trajectories(SheetWriter s, Report report, Labels l) {
    List<String> headers = List.of(l.get("column.id"), l.get("column.party"),
        l.get("column.partyName"), l.get("column.title"), l.get("column.kind"),
        l.get("column.started"), l.get("column.category"), l.get("column.status"),
        l.get("trajectories.value"), l.get("column.strategies"));
    s.header(headers);
    for (TrajectoryRow t : report.trajectories().rows()) {
      s.row().text(t.id()).text(t.party()).text(t.partyName()).text(t.title()).text(t.kind())
          .date(t.started()).text(t.category()).text(t.status()).euros(t.valueEur())
          .text(String.join(", ", t.strategies()));
    }
    s.filter(0, s.rowIndex(), headers.size() - 1);
    s.finish();
  }

  private static void lessons(SheetWriter s, Report report, Labels l) {
    List<String> headers = List.of(l.get("team.theme"), l.get("column.factor"),
        l.get("column.date"), l.get("column.party"), l.get("column.partyName"),
        l.get("column.title"), l.get("column.text"));
    s.header(headers);
    for (LessonGroup g : report.lessons()) {
      String theme = g.theme().isEmpty() ? l.get("lessons.noTheme") : g.theme();
      lessons(s, theme, l.get("lessons.factor.success"), g.successes());
      lessons(s, theme, l.get("lessons.factor.failure"), g.failures());
      lessons(s, theme, l.get("lessons.factor.other"), g.other());
    }
    s.filter(0, s.rowIndex(), headers.size() - 1);
    s.finish();
  }

  private static void lessons(SheetWriter s, String theme, String factor,
      List<LessonGroup.Lesson> lessons) {
    for (LessonGroup.Lesson lesson : lessons) {
      s.row().text(theme).text(factor).date(lesson.date()).text(lesson.party())
          .text(lesson.partyName()).text(lesson.title()).text(lesson.text());
    }
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
