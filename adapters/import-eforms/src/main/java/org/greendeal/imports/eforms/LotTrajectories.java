package org.greendeal.imports.eforms;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.PartyId;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;

/**
 * Which lots become trajectories, and how: a lot whose green-procurement codes (BT-774) include
 * the circular economy ({@code circ-econ}) is a new trajectory started on the notice's issue date.
 */
final class LotTrajectories {
  /** The BT-774 code of the circular-economy objective. */
  static final String CIRCULAR_ECONOMY = "circ-econ";

  private static final String EUR = "EUR";
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private LotTrajectories() {}

  /** Why {@code lot} is no trajectory, or empty when it is one. */
  static Optional<String> skipReason(Lot lot) {
    if (lot.environmentalImpact().isEmpty()) {
      return Optional.of("no green-procurement codes (BT-774)");
    }
    if (!lot.environmentalImpact().contains(CIRCULAR_ECONOMY)) {
      return Optional.of("no circular-economy objective; BT-774: "
          + String.join(", ", lot.environmentalImpact()));
    }
    return Optional.empty();
  }

  /** The trajectory of {@code lot}, bought by {@code party}; empty for a bad value. */
  static Optional<Trajectory> of(Notice notice, Lot lot, PartyId party, Report report) {
    ImmutableTrajectory.Builder trajectory = ImmutableTrajectory.builder()
        .id(notice.id() + "/" + lot.id())
        .party(party.value())
        .title(lot.title().or(notice::title).orElse("lot " + lot.id()))
        .kind(TrajectoryKind.NEW)
        .started(notice.issued())
        .notice(notice.id())
        .strategicProcurement(lot.strategicProcurement())
        .environmentalImpact(lot.environmentalImpact())
        .gppCriteria(lot.gppCriteria())
        .source(new SourceRef(notice.file(), lot.element().line(), lot.element().column()));
    lot.cpv().or(notice::cpv).map(CpvCategories::of).ifPresent(trajectory::category);
    if (lot.estimatedValue().isPresent()) {
      int before = report.problemCount();
      euros(lot, lot.estimatedValue().get(), report).ifPresent(trajectory::valueEur);
      if (report.problemCount() > before) {
        return Optional.empty();
      }
    }
    return Optional.of(trajectory.build());
  }

  /** The estimated value in euros; a problem if it is no amount, a warning if not in euros. */
  private static Optional<BigDecimal> euros(Lot lot, XmlElement value, Report report) {
    String text = value.text();
    if (!DECIMAL.matcher(text).matches()) {
      report.problem(value, "BT-27-Lot", "lot " + lot.id() + ": estimated value \"" + text
          + "\" is not an amount; expected a decimal number such as 250000.00");
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.signum() < 0) {
      report.problem(value, "BT-27-Lot", "lot " + lot.id() + ": estimated value is negative: "
          + text + "; expected 0 or more");
      return Optional.empty();
    }
    Optional<String> currency = value.attribute("currencyID").filter(c -> !c.isEmpty());
    if (currency.isEmpty()) {
      report.warning(value, "BT-27-Lot", "lot " + lot.id() + ": estimated value " + text
          + " has no currency (currencyID); valueEur left out");
      return Optional.empty();
    }
    if (!currency.get().equals(EUR)) {
      report.warning(value, "BT-27-Lot", "lot " + lot.id() + ": estimated value " + text + " "
          + currency.get() + " is not in euros; valueEur left out");
      return Optional.empty();
    }
    return Optional.of(amount);
  }
}
