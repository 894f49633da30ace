package org.greendeal.imports.ocds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.greendeal.io.ImportResult.Skipped;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.PartyId;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;

/**
 * Maps one release that has a tender to trajectories. Each lot is an item, or the tender when it
 * has no lots. A lot's own sustainability (a non-empty {@code sustainability} array, or {@code
 * hasSustainability: false}) governs it; a lot without one follows the tender's. An item whose
 * governing goals include {@code environmental.circularEconomy} becomes a trajectory; any other is
 * skipped with its goals as the reason.
 */
final class ReleaseMapper {
  /** Amounts from this on are taken for a data error, not a tender's value. */
  private static final BigDecimal TOO_LARGE = new BigDecimal("1e15");

  private final Buyers buyers;
  private final String file;
  private final JsonValue release;
  private final JsonValue tender;
  private final String ocid;
  private final LocalProblems problems;
  private final List<Trajectory> trajectories = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<OcdsWarning> warnings = new ArrayList<>();
  private Optional<PartyId> party = Optional.empty();
  private boolean partyResolved;
  private Optional<LocalDate> started = Optional.empty();
  private boolean startedResolved;
  private int read;

  private ReleaseMapper(Buyers buyers, String file, JsonValue release, String ocid) {
    this.buyers = buyers;
    this.file = file;
    this.release = release;
    this.tender = release.get("tender");
    this.ocid = ocid;
    this.problems = new LocalProblems(file);
  }

  /** The outcome of {@code release}, whose tender is an object and whose ocid is {@code ocid}. */
  static Outcome map(Buyers buyers, String file, JsonValue release, String ocid) {
    return new ReleaseMapper(buyers, file, release, ocid).outcome();
  }

  private Outcome outcome() {
    Sustainability tenderGoals = Sustainability.of(tender, problems);
    JsonValue lots = tender.get("lots");
    if (!lots.isAbsent() && !lots.is(JsonValue.Kind.ARRAY)) {
      problems.at(lots, "is " + lots.describe() + "; expected an array of lots");
    }
    if (lots.items().isEmpty()) {
      item(tender, ocid, tenderGoals, tender.get("value"), "");
    } else {
      Map<String, JsonValue> ids = new HashMap<>();
      for (JsonValue lot : lots.items()) {
        if (!lot.is(JsonValue.Kind.OBJECT)) {
          problems.at(lot, "is " + lot.describe() + "; expected a lot object");
          continue;
        }
        lot(lot, tenderGoals, ids);
      }
    }
    return new Outcome(trajectories, skipped, warnings, problems.list(), read);
  }

  private void lot(JsonValue lot, Sustainability tenderGoals, Map<String, JsonValue> ids) {
    JsonValue id = lot.get("id");
    Optional<String> lotId = id.is(JsonValue.Kind.STRING) || id.is(JsonValue.Kind.NUMBER)
        ? Optional.of(id.text().strip()).filter(text -> !text.isEmpty()) : Optional.empty();
    if (lotId.isEmpty()) {
      problems.at(id, "is " + id.describe() + "; expected the lot's id, such as \"LOT-0001\"");
    } else {
      JsonValue earlier = ids.putIfAbsent(lotId.get(), id);
      if (earlier != null) {
        problems.at(id, "duplicate lot id \"" + lotId.get() + "\"; it is already the id of "
            + earlier.path().replaceAll("\\.id$", "") + " at line " + earlier.line());
      }
    }
    Sustainability own = Sustainability.of(lot, problems);
    Sustainability governing = own.given() ? own : tenderGoals;
    String note = own.given() && tenderGoals.isCircular()
        ? " (the lot's own, which govern it instead of the tender's)" : "";
    String name = ocid + "/" + lotId.orElse(lot.path());
    item(lot, name, governing, lot.get("value"), note);
  }

  /**
   * One lot or tender: {@code owner} is it, {@code id} the trajectory's id, {@code value} its
   * value.
   */
  private void item(JsonValue owner, String id, Sustainability goals, JsonValue value,
      String note) {
    read++;
    String item = file + ": " + id;
    if (!goals.isCircular()) {
      skipped.add(new Skipped(item, "no sustainability goal " + Goals.CIRCULAR_ECONOMY
          + "; goals: " + goals.goalsText() + note));
      return;
    }
    ImmutableTrajectory.Builder trajectory = ImmutableTrajectory.builder()
        .id(id)
        .title(title(owner, id, item))
        .kind(TrajectoryKind.NEW)
        .notice(ocid)
        .source(new SourceRef(file, owner.line(), owner.column()))
        .addAllStrategies(strategies(goals))
        .addAllEnvironmentalImpact(codes(goals.goals(), EformsCodes::environmentalImpact))
        .addAllStrategicProcurement(codes(goals.goals(), EformsCodes::strategicProcurement))
        .addAllGppCriteria(codes(goals.strategies(), EformsCodes::gppCriteria));
    valueEur(value, item).ifPresent(trajectory::valueEur);
    Optional<LocalDate> day = started();
    Optional<PartyId> of = party();
    if (day.isPresent() && of.isPresent()) {
      trajectories.add(trajectory.started(day.get()).party(of.get().value()).build());
    }
  }

  /** The release's party, found once. */
  private Optional<PartyId> party() {
    if (!partyResolved) {
      party = buyers.partyOf(release, problems);
      partyResolved = true;
    }
    return party;
  }

  /** The day the release's trajectories started, found once. */
  private Optional<LocalDate> started() {
    if (!startedResolved) {
      started = startDate();
      startedResolved = true;
    }
    return started;
  }

  /**
   * {@code tender.tenderPeriod.startDate}, else the release's {@code date} (which a release that
   * competes always has).
   */
  private Optional<LocalDate> startDate() {
    JsonValue period = tender.get("tenderPeriod");
    if (!period.isAbsent() && !period.is(JsonValue.Kind.OBJECT)) {
      problems.at(period, "is " + period.describe() + "; expected a period {startDate, endDate}");
    }
    return Dates.read(period.get("startDate"), problems)
        .or(() -> Dates.read(release.get("date"), problems))
        .map(OffsetDateTime::toLocalDate);
  }

  /** The lot's title, else the tender's, else the id (with a warning). */
  private String title(JsonValue owner, String id, String item) {
    for (JsonValue title : List.of(owner.get("title"), tender.get("title"))) {
      if (title.is(JsonValue.Kind.STRING) && !title.text().isBlank()) {
        return title.text().strip();
      } else if (!title.isAbsent() && !title.is(JsonValue.Kind.STRING)) {
        problems.at(title, "is " + title.describe() + "; expected a title as text");
      }
    }
    warnings.add(new OcdsWarning(item, "no title on the lot or the tender; the id is the title"));
    return id;
  }

  /** The value's amount when its currency is EUR; a warning says why any other is left out. */
  private Optional<BigDecimal> valueEur(JsonValue value, String item) {
    if (value.isAbsent()) {
      return Optional.empty();
    }
    JsonValue amount = value.get("amount");
    JsonValue currency = value.get("currency");
    if (!value.is(JsonValue.Kind.OBJECT)) {
      problems.at(value, "is " + value.describe() + "; expected {amount, currency}");
      return Optional.empty();
    }
    if (!amount.isAbsent() && !amount.is(JsonValue.Kind.NUMBER)) {
      problems.at(amount, "is " + amount.describe() + "; expected a number");
    }
    if (!currency.isAbsent() && !currency.is(JsonValue.Kind.STRING)) {
      problems.at(currency, "is " + currency.describe() + "; expected a currency code such as"
          + " EUR");
    }
    if (!amount.is(JsonValue.Kind.NUMBER)) {
      return Optional.empty();
    }
    BigDecimal euros;
    try {
      euros = new BigDecimal(amount.text());
    } catch (NumberFormatException e) {
      euros = TOO_LARGE;
    }
    String code = currency.text().strip().toUpperCase(Locale.ROOT);
    if (euros.abs().compareTo(TOO_LARGE) >= 0) {
      problems.at(amount, "is " + amount.describe() + "; expected an amount below 10^15");
      return Optional.empty();
    } else if (code.isEmpty()) {
      warnings.add(new OcdsWarning(item, "value " + amount.text() + " has no currency; valueEur"
          + " left out"));
      return Optional.empty();
    } else if (!code.equals("EUR")) {
      warnings.add(new OcdsWarning(item, "value " + amount.text() + " " + currency.text()
          + " is not in EUR; valueEur left out (no currency is converted)"));
      return Optional.empty();
    } else if (euros.signum() < 0) {
      warnings.add(new OcdsWarning(item, "value " + amount.text() + " EUR is negative; valueEur"
          + " left out"));
      return Optional.empty();
    }
    return Optional.of(euros.scale() < 0 ? euros.setScale(0) : euros);
  }

  /** The R-ladder strategies of the goals beside the circular one, in the ladder's order. */
  private static Set<Strategy> strategies(Sustainability goals) {
    Set<Strategy> strategies = new TreeSet<>();
    goals.goals().forEach(goal -> Goals.strategy(goal).ifPresent(strategies::add));
    return strategies;
  }

  /** The codes that {@code from} stand for, in their order, without repeats. */
  private static Set<String> codes(List<String> from, Function<String, Optional<String>> code) {
    Set<String> codes = new LinkedHashSet<>();
    from.forEach(each -> code.apply(each).ifPresent(codes::add));
    return codes;
  }
}
