package org.greendeal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Commitment;
import org.greendeal.model.Contribution;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Factor;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.Obligation;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Trajectory;
import org.greendeal.model.WorkingGroup;
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
import org.greendeal.reporting.model.TrajectoryBreakdown;
import org.greendeal.reporting.model.TrajectoryRow;
import org.greendeal.reporting.model.YearContribution;
import org.greendeal.reporting.model.YearRow;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Severity;
import org.greendeal.rules.Status;

/**
 * Builds the {@link Report} of an evaluation: pure Java, no I/O. Records are shown when they are
 * visible on the as-of date, dated in the term and name known parties; knowledge items that break
 * a prohibition of the deal (D-1) are never shown.
 */
public final class ReportBuilder {
  private final RuleSet rules;
  private final Evidence evidence;
  private final Evaluation evaluation;
  private final Deal deal;
  private final ShownRecords shown;
  private boolean illustrative;

  private ReportBuilder(RuleSet rules, Evidence evidence, Evaluation evaluation) {
    this.rules = rules;
    this.evidence = evidence;
    this.evaluation = evaluation;
    this.deal = evaluation.deal();
    this.shown = new ShownRecords(deal, evaluation.asOf());
  }

  /** A builder for the report of {@code evaluation}, which {@code rules} made of {@code evidence}. */
  public static ReportBuilder of(RuleSet rules, Evidence evidence, Evaluation evaluation) {
    return new ReportBuilder(rules, evidence, evaluation);
  }

  /** Marks the evidence as illustrative demo evidence; the report says so in its header. */
  public ReportBuilder illustrative(boolean illustrative) {
    this.illustrative = illustrative;
    return this;
  }

  /** Builds the report. */
  public Report build() {
    List<FindingRow> rows = evaluation.findings().stream().map(this::row).toList();
    return new Report(
        new Header(deal.id(), deal.title(), deal.subtitle(), deal.term().start(),
            deal.term().end(), evaluation.asOf(), illustrative, evidence.size()),
        summary(),
        scorecards(),
        commitments(),
        timeline(),
        trajectories(),
        projectTeam(),
        lessons(),
        rows.stream().filter(r -> r.status().isEmpty()).toList());
  }

  private FindingRow row(Finding f) {
    return new FindingRow(f.code(), f.party().map(PartyId::value), f.party().map(this::name),
        commitment(f.code()).map(Commitment::title), f.status(), f.severity(), f.actual(),
        f.required(), f.total(), f.evidence(), f.message());
  }

  private Optional<Commitment> commitment(String code) {
    return deal.commitments().stream().filter(c -> c.id().value().equals(code)).findFirst();
  }

  private String name(PartyId id) {
    return deal.party(id).map(p -> p.displayName())
        .or(() -> deal.unit(id).map(OrganisationalUnit::displayName)).orElse(id.value());
  }

  private String name(String reference) {
    return deal.find(reference).map(this::name).orElse(reference);
  }

  private Optional<Role> roleOf(Finding f) {
    if (f.party().isPresent()) {
      return deal.roleOf(f.party().get());
    }
    return commitment(f.code()).flatMap(c -> c.binds().roles().stream().findFirst()
        .or(() -> c.binds().parties().stream().findFirst().flatMap(deal::roleOf)));
  }

  private Summary summary() {
    Map<Role, Map<Status, Integer>> byRole = new EnumMap<>(Role.class);
    for (Finding f : evaluation.findings()) {
      if (f.status().isPresent()) {
        roleOf(f).ifPresent(role -> byRole.computeIfAbsent(role, r -> new EnumMap<>(Status.class))
            .merge(f.status().get(), 1, Integer::sum));
      }
    }
    List<RoleStatuses> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      int parties = deal.partiesWith(role).size();
      if (parties > 0 || byRole.containsKey(role)) {
        roles.add(new RoleStatuses(role, parties, byRole.getOrDefault(role, Map.of())));
      }
    }
    List<ResultShare> results = new ArrayList<>();
    for (Commitment c : deal.commitments()) {
      if (c.obligation() == Obligation.RESULT) {
        List<Finding> findings = evaluation.findings(c.id().value());
        int met = (int) findings.stream().filter(f -> f.status().orElse(null) == Status.MET).count();
        int bound = (int) findings.stream()
            .filter(f -> f.status().orElse(null) != Status.NOT_APPLICABLE).count();
        results.add(new ResultShare(c.id().value(), c.title(), met, bound));
      }
    }
    Map<Severity, Integer> severities = evaluation.severities();
    return new Summary(roles, results, contributions(), contributionLimit(), evaluation.summary(),
        severities.getOrDefault(Severity.ERROR, 0), severities.getOrDefault(Severity.WARNING, 0));
  }

  private Optional<BigDecimal> contributionLimit() {
    return deal.commitments().stream()
        .filter(c -> c.obligation() == Obligation.LIMIT)
        .map(Commitment::criterion)
        .filter(c -> c instanceof Criterion.SumPerYearAtMost s && s.records() == RecordType.CONTRIBUTION)
        .map(c -> ((Criterion.SumPerYearAtMost) c).atMost())
        .findFirst();
  }

  private List<YearContribution> contributions() {
    Map<Integer, Map<PartyId, BigDecimal>> perYear = new TreeMap<>();
    for (Contribution c : evidence.contributions()) {
      shown.party(c.party()).filter(p -> shown.counts(c)).ifPresent(p -> perYear
          .computeIfAbsent(c.year(), y -> new HashMap<>()).merge(p, c.amountEur(), BigDecimal::add));
    }
    Optional<BigDecimal> limit = contributionLimit();
    List<YearContribution> years = new ArrayList<>();
    perYear.forEach((year, parties) -> years.add(new YearContribution(year,
        parties.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), parties.size(),
        (int) parties.values().stream()
            .filter(sum -> limit.isPresent() && sum.compareTo(limit.get()) > 0).count())));
    return years;
  }

  private List<PartyScorecard> scorecards() {
    Map<String, List<FindingRow>> byParty = new HashMap<>();
    for (Finding f : evaluation.findings()) {
      if (f.status().isPresent() && f.party().isPresent()) {
        byParty.computeIfAbsent(f.party().get().value(), p -> new ArrayList<>()).add(row(f));
      }
    }
    Comparator<FindingRow> commitmentOrder = Comparator.comparingInt(r -> commitmentIndex(r.code()));
    List<PartyScorecard> cards = new ArrayList<>();
    for (PartyRole role : deal.roles()) {
      addCard(cards, byParty, role.party(), role.role(), role.joined(), commitmentOrder);
      for (OrganisationalUnit unit : deal.unitsOf(role.party())) {
        addCard(cards, byParty, unit.id(), role.role(), Optional.empty(), commitmentOrder);
      }
    }
    return cards;
  }

  private void addCard(List<PartyScorecard> cards, Map<String, List<FindingRow>> byParty,
      PartyId id, Role role, Optional<LocalDate> joined, Comparator<FindingRow> order) {
    List<FindingRow> rows = new ArrayList<>(byParty.getOrDefault(id.value(), List.of()));
    if (rows.isEmpty() && deal.unit(id).isPresent()) {
      return;
    }
    rows.sort(order);
    cards.add(new PartyScorecard(id.value(), name(id), role, joined, rows));
  }

  private int commitmentIndex(String code) {
    for (int i = 0; i < deal.commitments().size(); i++) {
      if (deal.commitments().get(i).id().value().equals(code)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private List<CommitmentOverview> commitments() {
    List<CommitmentOverview> overviews = new ArrayList<>();
    for (Commitment c : deal.commitments()) {
      List<Finding> findings = evaluation.findings(c.id().value());
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      findings.forEach(f -> f.status().ifPresent(s -> counts.merge(s, 1, Integer::sum)));
      overviews.add(new CommitmentOverview(c.id().value(), c.title(), c.text(), c.obligation(),
          c.due(), counts, findings.stream().map(this::row).toList()));
    }
    return overviews;
  }

  private List<YearRow> timeline() {
    int first = deal.term().start().getYear();
    int last = Math.max(first, Math.min(deal.term().end().getYear(), evaluation.asOf().getYear()));
    List<YearRow> years = new ArrayList<>();
    List<Trajectory> trajectories = shownTrajectories();
    for (int year = first; year <= last; year++) {
      int y = year;
      BigDecimal contributed = contributions().stream().filter(c -> c.year() == y)
          .map(YearContribution::total).findFirst().orElse(BigDecimal.ZERO);
      years.add(new YearRow(year,
          (int) trajectories.stream().filter(t -> t.started().getYear() == y).count(),
          contributed,
          (int) shownActivities().stream().filter(a -> a.date().getYear() == y).count(),
          (int) deal.roles().stream().filter(r -> r.joined().isPresent())
              .map(r -> r.joined().get())
              .filter(d -> d.getYear() == y && !d.isAfter(evaluation.asOf())).count()));
    }
    return years;
  }

  private List<Trajectory> shownTrajectories() {
    return evidence.trajectories().stream()
        .filter(t -> shown.party(t.party()).isPresent() && shown.counts(t))
        .sorted(Comparator.comparing(Trajectory::started).thenComparing(EvidenceRecord::ref))
        .toList();
  }

  private List<Activity> shownActivities() {
    return evidence.activities().stream().filter(shown::counts)
        .sorted(Comparator.comparing(Activity::date).thenComparing(EvidenceRecord::ref)).toList();
  }

  private TrajectoryBreakdown trajectories() {
    List<Trajectory> trajectories = shownTrajectories();
    Buckets categories = new Buckets();
    Buckets strategies = new Buckets();
    Buckets statuses = new Buckets();
    BigDecimal total = BigDecimal.ZERO;
    List<TrajectoryRow> rows = new ArrayList<>();
    for (Trajectory t : trajectories) {
      BigDecimal value = t.valueEur().orElse(BigDecimal.ZERO);
      total = total.add(value);
      categories.add(t.category().orElse("-"), value);
      statuses.add(t.status().map(Enum::name).orElse("-"), value);
      t.strategies().forEach(s -> strategies.add(s.name(), value));
      String party = shown.party(t.party()).map(PartyId::value).orElse(t.party());
      rows.add(new TrajectoryRow(t.ref(), party, name(t.party()), t.title(), t.kind().name(),
          t.started(), t.category(), t.status().map(Enum::name), t.valueEur(),
          t.strategies().stream().map(Enum::name).toList()));
    }
    return new TrajectoryBreakdown(trajectories.size(), total, categories.list(),
        strategies.list(), statuses.list(), rows);
  }

  private ProjectTeam projectTeam() {
    List<ProjectTeam.MemberRow> members = evidence.appointments().stream()
        .filter(a -> shown.party(a.party()).isPresent() && shown.visible(a))
        .sorted(Comparator.comparing(Appointment::from).thenComparing(Appointment::party))
        .map(a -> new ProjectTeam.MemberRow(shown.party(a.party()).get().value(), name(a.party()),
            a.member(), a.from()))
        .toList();
    List<ProjectTeam.WorkingGroupRow> groups = evidence.workingGroups().stream()
        .filter(shown::visible)
        .sorted(Comparator.comparing(WorkingGroup::theme).thenComparing(EvidenceRecord::ref))
        .map(w -> new ProjectTeam.WorkingGroupRow(w.ref(), w.theme(),
            w.guidedBy().stream().map(this::name).toList(),
            w.members().stream().map(this::name).toList(), w.started()))
        .toList();
    List<ProjectTeam.ActivityRow> activities = shownActivities().stream()
        .map(a -> new ProjectTeam.ActivityRow(a.ref(), a.date(), a.title(),
            a.organisedBy().stream().map(this::name).toList(), a.attendees().size()))
        .toList();
    return new ProjectTeam(members, groups, activities);
  }

  private List<LessonGroup> lessons() {
    Map<String, List<KnowledgeItem>> byTheme = new TreeMap<>(
        Comparator.comparing((String t) -> t.isEmpty()).thenComparing(Comparator.naturalOrder()));
    for (KnowledgeItem item : evidence.knowledgeItems()) {
      if (shown.party(item.party()).isPresent() && shown.visible(item)
          && rules.prohibitionsBrokenBy(item).isEmpty()) {
        byTheme.computeIfAbsent(item.theme().orElse(""), t -> new ArrayList<>()).add(item);
      }
    }
    List<LessonGroup> groups = new ArrayList<>();
    byTheme.forEach((theme, items) -> {
      items.sort(Comparator.comparing(KnowledgeItem::date).thenComparing(EvidenceRecord::ref));
      groups.add(new LessonGroup(theme, lessons(items, Optional.of(Factor.SUCCESS)),
          lessons(items, Optional.of(Factor.FAILURE)), lessons(items, Optional.empty())));
    });
    return groups;
  }

  private List<LessonGroup.Lesson> lessons(List<KnowledgeItem> items, Optional<Factor> factor) {
    return items.stream().filter(i -> i.factor().equals(factor))
        .map(i -> new LessonGroup.Lesson(i.ref(), shown.party(i.party()).get().value(),
            name(i.party()), i.date(), i.title(), i.text()))
        .toList();
  }
}
