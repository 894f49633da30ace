package org.greendeal.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greendeal.reporting.model.Bucket;
import org.greendeal.reporting.model.CommitmentOverview;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.Header;
import org.greendeal.reporting.model.LessonGroup;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.ProjectTeam;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.ResultShare;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.Summary;
import org.greendeal.reporting.model.YearContribution;
import org.greendeal.reporting.model.YearRow;
import org.greendeal.rules.Status;

/** Walks a report section by section into a {@link Document}: the outline text and Markdown share. */
final class ReportOutline {
  private final Labels labels;
  private final Document doc;

  ReportOutline(Labels labels, Document doc) {
    this.labels = labels;
    this.doc = doc;
  }

  void write(Report report) {
    header(report.header());
    summary(report.summary());
    timeline(report.timeline());
    trajectories(report);
    projectTeam(report.projectTeam());
    parties(report.parties());
    commitments(report.commitments());
    lessons(report.lessons());
    dataFindings(report.dataFindings());
    doc.finish();
  }

  private void header(Header h) {
    doc.heading(1, labels.get("report.title") + ": " + labels.text(h.title())
        + h.subtitle().map(s -> " - " + labels.text(s)).orElse(""));
    if (h.illustrative()) {
      doc.warning(labels.get("report.illustrative"));
    }
    doc.paragraph(labels.get("report.term") + " " + labels.date(h.termStart()) + " - "
        + labels.date(h.termEnd()) + ", " + labels.get("report.asOf") + " "
        + labels.date(h.asOf()) + ". " + labels.get("report.evidenceRecords") + ": "
        + h.evidenceRecords() + ".");
  }

  private void summary(Summary s) {
    doc.heading(2, labels.get("summary.title"));
    doc.paragraph(s.statuses().entrySet().stream()
        .map(e -> e.getValue() + " " + labels.status(e.getKey()))
        .reduce((a, b) -> a + ", " + b).orElse("-")
        + "; " + s.errors() + " " + labels.get("summary.errors") + ", " + s.warnings() + " "
        + labels.get("summary.warnings") + ".");
    doc.heading(3, labels.get("summary.byRole"));
    List<Status> statuses = s.byRole().stream().flatMap(r -> r.counts().keySet().stream())
        .distinct().sorted().toList();
    List<String> headers = new ArrayList<>(List.of(labels.get("column.role")));
    statuses.forEach(st -> headers.add(labels.status(st)));
    List<List<String>> rows = new ArrayList<>();
    for (RoleStatuses r : s.byRole()) {
      List<String> row = new ArrayList<>(List.of(labels.role(r.role()) + " (" + r.parties() + ")"));
      statuses.forEach(st -> row.add(String.valueOf(r.counts().getOrDefault(st, 0))));
      rows.add(row);
    }
    doc.table(headers, rows);
    doc.heading(3, labels.get("summary.results"));
    List<List<String>> results = new ArrayList<>();
    for (ResultShare r : s.results()) {
      results.add(List.of(r.code(), labels.text(r.title()), r.met() + " / " + r.bound(),
          r.percent() + "%"));
    }
    doc.table(List.of(labels.get("column.code"), labels.get("column.commitment"), "#", "%"), results);
    doc.heading(3, labels.get("summary.contributions")
        + s.contributionLimit().map(l -> " (" + labels.get("summary.limit") + ": "
            + labels.euros(l) + ")").orElse(""));
    List<List<String>> years = new ArrayList<>();
    for (YearContribution y : s.contributions()) {
      years.add(List.of(String.valueOf(y.year()), labels.euros(y.total()),
          String.valueOf(y.contributors()), String.valueOf(y.overLimit())));
    }
    doc.table(List.of(labels.get("timeline.year"), labels.get("summary.total"),
        labels.get("summary.contributors"), labels.get("summary.overLimit")), years);
  }

  private void timeline(List<YearRow> timeline) {
    doc.heading(2, labels.get("timeline.title"));
    List<List<String>> rows = new ArrayList<>();
    for (YearRow y : timeline) {
      rows.add(List.of(String.valueOf(y.year()), String.valueOf(y.trajectoriesStarted()),
          labels.euros(y.contributions()), String.valueOf(y.activitiesHeld()),
          String.valueOf(y.partiesJoined())));
    }
    doc.table(List.of(labels.get("timeline.year"), labels.get("timeline.trajectories"),
        labels.get("timeline.contributions"), labels.get("timeline.activities"),
        labels.get("timeline.joined")), rows);
  }

  private void trajectories(Report report) {
    var t = report.trajectories();
    doc.heading(2, labels.get("trajectories.title"));
    doc.paragraph(t.count() + " " + labels.get("trajectories.title").toLowerCase(labels.language().locale())
        + ", " + labels.euros(t.totalValue()) + ".");
    buckets(labels.get("trajectories.byCategory"), t.byCategory());
    buckets(labels.get("trajectories.byStrategy"), t.byStrategy());
    buckets(labels.get("trajectories.byStatus"), t.byStatus());
  }

  private void buckets(String title, List<Bucket> buckets) {
    doc.heading(3, title);
    List<List<String>> rows = new ArrayList<>();
    for (Bucket b : buckets) {
      rows.add(List.of(b.key(), String.valueOf(b.count()), labels.euros(b.value())));
    }
    doc.table(List.of("", labels.get("trajectories.count"), labels.get("trajectories.value")), rows);
  }

  private void projectTeam(ProjectTeam team) {
    doc.heading(2, labels.get("team.title"));
    doc.heading(3, labels.get("team.members"));
    List<List<String>> members = new ArrayList<>();
    for (ProjectTeam.MemberRow m : team.members()) {
      members.add(List.of(m.partyName(), m.member(), labels.date(m.from())));
    }
    doc.table(List.of(labels.get("column.party"), labels.get("team.member"),
        labels.get("team.from")), members);
    doc.heading(3, labels.get("team.workingGroups"));
    List<List<String>> groups = new ArrayList<>();
    for (ProjectTeam.WorkingGroupRow w : team.workingGroups()) {
      groups.add(List.of(w.theme(), String.join(", ", w.guidedBy()), String.join(", ", w.members())));
    }
    doc.table(List.of(labels.get("team.theme"), labels.get("team.guidedBy"),
        labels.get("team.members.column")), groups);
    doc.heading(3, labels.get("team.activities"));
    List<List<String>> activities = new ArrayList<>();
    for (ProjectTeam.ActivityRow a : team.activities()) {
      activities.add(List.of(labels.date(a.date()), a.title(), String.join(", ", a.organisedBy()),
          String.valueOf(a.attendees())));
    }
    doc.table(List.of(labels.get("column.date"), labels.get("column.title"),
        labels.get("team.organisedBy"), labels.get("team.attendees")), activities);
  }

  private void parties(List<PartyScorecard> parties) {
    doc.heading(2, labels.get("parties.title"));
    for (PartyScorecard p : parties) {
      doc.heading(3, p.name() + " (" + p.id() + ") - " + labels.role(p.role())
          + p.joined().map(d -> ", " + labels.get("party.joined") + " " + labels.date(d)).orElse("")
          + " - " + labels.get("party.progress") + " " + p.percent() + "% (" + p.fulfilled()
          + "/" + p.applicable() + ")");
      doc.table(findingHeaders(false), p.findings().stream().map(f -> findingCells(f, false)).toList());
    }
  }

  private void commitments(List<CommitmentOverview> commitments) {
    doc.heading(2, labels.get("commitments.title"));
    for (CommitmentOverview c : commitments) {
      doc.heading(3, c.code() + ": " + labels.text(c.title()) + " (" + c.obligation()
          + c.due().map(d -> ", " + labels.get("commitment.due") + " " + labels.date(d)).orElse("")
          + ")");
      doc.paragraph(labels.text(c.text()));
      doc.paragraph(counts(c.counts()));
    }
  }

  private String counts(Map<Status, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getValue() + " " + labels.status(e.getKey()))
        .reduce((a, b) -> a + ", " + b).orElse("-");
  }

  private void lessons(List<LessonGroup> groups) {
    doc.heading(2, labels.get("lessons.title"));
    doc.paragraph(labels.get("lessons.excluded"));
    for (LessonGroup g : groups) {
      doc.heading(3, g.theme().isEmpty() ? labels.get("lessons.noTheme") : g.theme());
      lessonTable(labels.get("lessons.success"), g.successes());
      lessonTable(labels.get("lessons.failure"), g.failures());
      lessonTable(labels.get("lessons.other"), g.other());
    }
  }

  private void lessonTable(String factor, List<LessonGroup.Lesson> lessons) {
    if (lessons.isEmpty()) {
      return;
    }
    doc.heading(4, factor);
    List<List<String>> rows = new ArrayList<>();
    for (LessonGroup.Lesson l : lessons) {
      rows.add(List.of(labels.date(l.date()), l.partyName(), l.title(), l.text().orElse("")));
    }
    doc.table(List.of(labels.get("column.date"), labels.get("column.party"),
        labels.get("column.title"), labels.get("column.text")), rows);
  }

  private void dataFindings(List<FindingRow> data) {
    doc.heading(2, labels.get("data.title"));
    if (data.isEmpty()) {
      doc.paragraph(labels.get("data.none"));
      return;
    }
    doc.table(findingHeaders(true), data.stream().map(f -> findingCells(f, true)).toList());
  }

  private List<String> findingHeaders(boolean withParty) {
    List<String> headers = new ArrayList<>(List.of(labels.get("column.code")));
    if (withParty) {
      headers.add(labels.get("column.party"));
    }
    headers.addAll(List.of(labels.get("column.status"), labels.get("column.severity"), "#",
        labels.get("column.message")));
    return headers;
  }

  private List<String> findingCells(FindingRow f, boolean withParty) {
    List<String> cells = new ArrayList<>(List.of(f.code()));
    if (withParty) {
      cells.add(f.party().orElse(""));
    }
    cells.add(f.status().map(labels::status).orElse(""));
    cells.add(f.severity().name());
    cells.add(f.actual().map(a -> a + f.required().map(r -> "/" + r).orElse("")).orElse(""));
    cells.add(labels.text(f.message()));
    return cells;
  }
}
