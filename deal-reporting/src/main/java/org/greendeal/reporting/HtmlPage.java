package org.greendeal.reporting;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greendeal.reporting.model.Bucket;
import org.greendeal.reporting.model.CommitmentOverview;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.Header;
import org.greendeal.reporting.model.LessonGroup;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.ProjectTeam;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.Summary;
import org.greendeal.reporting.model.TrajectoryRow;
import org.greendeal.rules.Status;

/**
 * The view model of the HTML report: every text already in the report's language and every date
 * and amount formatted by {@link Labels}, as plain strings for {@code html/report.mustache}, which
 * escapes them. It holds no markup.
 */
final class HtmlPage {
  final String lang;
  final Map<String, String> l;
  final String title;
  final boolean illustrative;
  final String term;
  final List<Count> statuses;
  final String totals;
  final HtmlCharts.RoleChart roleChart;
  final List<String> roleColumns;
  final Rows<RoleRow> roles;
  final Rows<ResultRow> results;
  final String contributionsTitle;
  final Rows<ContributionRow> contributions;
  final HtmlCharts.TimelineChart timelineChart;
  final Rows<YearView> timeline;
  final String trajectoriesSummary;
  final List<BucketTable> buckets;
  final Rows<TrajectoryView> trajectories;
  final Rows<MemberView> members;
  final Rows<GroupView> workingGroups;
  final Rows<ActivityView> activities;
  final List<PartyView> parties;
  final List<CommitmentView> commitments;
  final List<LessonTheme> lessons;
  final Rows<FindingView> dataFindings;

  HtmlPage(Report report, Labels labels) {
    Header h = report.header();
    this.lang = labels.language().name().toLowerCase(Locale.ROOT);
    this.l = new LabelMap(labels);
    this.title = labels.get("report.title") + ": " + labels.text(h.title())
        + h.subtitle().map(s -> " - " + labels.text(s)).orElse("");
    this.illustrative = h.illustrative();
    this.term = labels.get("report.term") + " " + labels.date(h.termStart()) + " - "
        + labels.date(h.termEnd()) + ", " + labels.get("report.asOf") + " "
        + labels.date(h.asOf()) + ". " + labels.get("report.evidenceRecords") + ": "
        + h.evidenceRecords() + ".";

    Summary s = report.summary();
    this.statuses = counts(s.statuses(), labels);
    this.totals = s.errors() + " " + labels.get("summary.errors") + ", " + s.warnings() + " "
        + labels.get("summary.warnings") + ".";
    this.roleChart = HtmlCharts.roles(s.byRole(), labels);
    List<Status> columns = s.byRole().stream().flatMap(r -> r.counts().keySet().stream())
        .distinct().sorted().toList();
    this.roleColumns = columns.stream().map(labels::status).toList();
    List<RoleRow> roleRows = new ArrayList<>();
    for (RoleStatuses r : s.byRole()) {
      roleRows.add(new RoleRow(labels.role(r.role()) + " (" + r.parties() + ")",
          columns.stream().map(st -> String.valueOf(r.counts().getOrDefault(st, 0))).toList(),
          r.total()));
    }
    this.roles = Rows.of(roleRows);
    this.results = Rows.of(s.results().stream().map(r -> new ResultRow(r.code(), labels.text(r.title()),
        r.met() + " / " + r.bound(), r.percent() + "%")).toList());
    this.contributionsTitle = labels.get("summary.contributions")
        + s.contributionLimit().map(limit -> " (" + labels.get("summary.limit") + ": "
            + labels.euros(limit) + ")").orElse("");
    this.contributions = Rows.of(s.contributions().stream().map(y -> new ContributionRow(y.year(),
        labels.euros(y.total()), y.contributors(), y.overLimit())).toList());

    this.timelineChart = HtmlCharts.timeline(report.timeline(), labels);
    this.timeline = Rows.of(report.timeline().stream().map(y -> new YearView(y.year(),
        y.trajectoriesStarted(), labels.euros(y.contributions()), y.activitiesHeld(),
        y.partiesJoined())).toList());

    var t = report.trajectories();
    this.trajectoriesSummary = t.count() + " "
        + labels.get("trajectories.title").toLowerCase(labels.language().locale()) + ", "
        + labels.euros(t.totalValue()) + ".";
    this.buckets = List.of(
        buckets(labels.get("trajectories.byCategory"), labels.get("column.category"),
            t.byCategory(), labels),
        buckets(labels.get("trajectories.byStrategy"), labels.get("column.strategy"),
            t.byStrategy(), labels),
        buckets(labels.get("trajectories.byStatus"), labels.get("column.status"), t.byStatus(),
            labels));
    this.trajectories = Rows.of(t.rows().stream().map(r -> trajectory(r, labels)).toList());

    ProjectTeam team = report.projectTeam();
    this.members = Rows.of(team.members().stream().map(m -> new MemberView(m.partyName(), m.member(),
        labels.date(m.from()))).toList());
    this.workingGroups = Rows.of(team.workingGroups().stream().map(w -> new GroupView(w.theme(),
        String.join(", ", w.guidedBy()), String.join(", ", w.members()),
        labels.date(w.started()))).toList());
    this.activities = Rows.of(team.activities().stream().map(a -> new ActivityView(labels.date(a.date()),
        a.title(), String.join(", ", a.organisedBy()), a.attendees())).toList());

    this.parties = report.parties().stream().map(p -> party(p, labels)).toList();
    this.commitments = report.commitments().stream().map(c -> commitment(c, labels)).toList();
    this.lessons = report.lessons().stream().map(g -> lessons(g, labels)).toList();
    this.dataFindings = Rows.of(report.dataFindings().stream().map(f -> finding(f, labels)).toList());
  }

  /** The CSS class of a status, such as {@code st-not-met}; the stylesheet gives each its colour. */
  static String statusClass(Status status) {
    return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<Count> counts(Map<Status, Integer> counts, Labels labels) {
    return counts.entrySet().stream()
        .map(e -> new Count(labels.status(e.getKey()), e.getValue(), statusClass(e.getKey())))
        .toList();
  }

  private static BucketTable buckets(String title, String key, List<Bucket> buckets,
      Labels labels) {
    return new BucketTable(title, key, Rows.of(buckets.stream()
        .map(b -> new BucketRow(b.key(), b.count(), labels.euros(b.value()))).toList()));
  }

  private static TrajectoryView trajectory(TrajectoryRow r, Labels labels) {
    return new TrajectoryView(r.id(), r.partyName(), r.title(), r.kind(), labels.date(r.started()),
        r.category().orElse(""), r.status().orElse(""),
        r.valueEur().map(labels::euros).orElse(""), String.join(", ", r.strategies()));
  }

  private static PartyView party(PartyScorecard p, Labels labels) {
    return new PartyView("party-" + p.id(), p.id(), p.name(), labels.role(p.role()),
        p.joined().map(d -> labels.get("party.joined") + " " + labels.date(d)).orElse(null),
        HtmlCharts.progress(p, labels),
        p.findings().stream().map(f -> finding(f, labels)).toList());
  }

  private static FindingView finding(FindingRow f, Labels labels) {
    String progress = f.actual().map(a -> a + f.required().map(r -> " / " + r).orElse("")
        + f.total().map(t -> " (" + t + " " + labels.get("finding.held") + ")").orElse(""))
        .orElse("");
    List<EvidenceId> evidence = new ArrayList<>();
    for (int i = 0; i < f.evidence().size(); i++) {
      evidence.add(new EvidenceId(f.evidence().get(i), i == f.evidence().size() - 1));
    }
    return new FindingView(f.code(), f.partyName().orElse(""),
        f.title().map(labels::text).orElse(""),
        f.status().map(labels::status).orElse(null),
        f.status().map(HtmlPage::statusClass).orElse(null),
        f.severity().name(), "sev-" + f.severity().name().toLowerCase(Locale.ROOT), progress,
        evidence, labels.text(f.message()));
  }

  private static CommitmentView commitment(CommitmentOverview c, Labels labels) {
    return new CommitmentView("commitment-" + c.code(), c.code() + ": " + labels.text(c.title()),
        c.obligation().name()
            + c.due().map(d -> ", " + labels.get("commitment.due") + " " + labels.date(d)).orElse(""),
        labels.text(c.text()), counts(c.counts(), labels));
  }

  private static LessonTheme lessons(LessonGroup g, Labels labels) {
    List<LessonTable> tables = new ArrayList<>();
    addLessons(tables, labels.get("lessons.success"), g.successes(), labels);
    addLessons(tables, labels.get("lessons.failure"), g.failures(), labels);
    addLessons(tables, labels.get("lessons.other"), g.other(), labels);
    return new LessonTheme(g.theme().isEmpty() ? labels.get("lessons.noTheme") : g.theme(), tables);
  }

  private static void addLessons(List<LessonTable> tables, String factor,
      List<LessonGroup.Lesson> lessons, Labels labels) {
    if (!lessons.isEmpty()) {
      tables.add(new LessonTable(factor, lessons.stream().map(x -> new LessonView(
          labels.date(x.date()), x.partyName(), x.title(), x.text().orElse(""))).toList()));
    }
  }

  /** The labels as a map for the templates: {@code {{l.summary_title}}} is {@code summary.title}. */
  private static final class LabelMap extends AbstractMap<String, String> {
    private final Labels labels;

    LabelMap(Labels labels) {
      this.labels = labels;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String;
    }

    @Override
    public String get(Object key) {
      // A key missing from the bundle throws: a typo in a template fails the tests, never renders blank.
      return labels.get(((String) key).replace('_', '.'));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }

  /**
   * The rows of a table, for a template section that shows the table only when it has rows.
   *
   * @param rows the rows, never empty
   */
  record Rows<T>(List<T> rows) {
    /** The rows, or {@code null} (a false section in the template) when there are none. */
    static <T> Rows<T> of(List<T> rows) {
      return rows.isEmpty() ? null : new Rows<>(List.copyOf(rows));
    }
  }

  record Count(String label, int count, String status) {}

  record RoleRow(String role, List<String> cells, int total) {}

  record ResultRow(String code, String title, String met, String percent) {}

  record ContributionRow(int year, String total, int contributors, int overLimit) {}

  record YearView(int year, int trajectories, String contributions, int activities, int joined) {}

  record BucketTable(String title, String key, Rows<BucketRow> rows) {}

  record BucketRow(String key, int count, String value) {}

  record TrajectoryView(String id, String party, String title, String kind, String started,
      String category, String status, String value, String strategies) {}

  record MemberView(String party, String member, String from) {}

  record GroupView(String theme, String guidedBy, String members, String started) {}

  record ActivityView(String date, String title, String organisedBy, int attendees) {}

  record PartyView(String anchor, String id, String name, String role, String joined,
      HtmlCharts.ProgressBar progress, List<FindingView> findings) {}

  record FindingView(String code, String party, String title, String status, String statusClass,
      String severity, String severityClass, String progress, List<EvidenceId> evidence,
      String message) {}

  record EvidenceId(String id, boolean last) {}

  record CommitmentView(String anchor, String title, String kind, String text,
      List<Count> counts) {}

  record LessonTheme(String theme, List<LessonTable> tables) {}

  record LessonTable(String factor, List<LessonView> rows) {}

  record LessonView(String date, String party, String title, String text) {}
}
