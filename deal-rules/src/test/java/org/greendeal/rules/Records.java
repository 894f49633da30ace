package org.greendeal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableContribution;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.TrajectoryKind;

/** Terse builders of evidence records for tests. */
final class Records {
  private Records() {}

  static ImmutableTrajectory trajectory(String id, String party, TrajectoryKind kind, String started) {
    return ImmutableTrajectory.builder().id(id).party(party).title("t " + id).kind(kind)
        .started(LocalDate.parse(started)).build();
  }

  static ImmutableContribution contribution(String party, int year, String amount) {
    return ImmutableContribution.builder().party(party).year(year)
        .amountEur(new BigDecimal(amount)).build();
  }

  static ImmutablePolicyIntegration policy(String party, PolicyAspect aspect, String reference) {
    ImmutablePolicyIntegration.Builder b = ImmutablePolicyIntegration.builder().party(party)
        .aspect(aspect).date(LocalDate.of(2019, 3, 1));
    if (reference != null) {
      b.reference(reference);
    }
    return b.build();
  }

  static ImmutableActivity activity(String id, String date, String... attendees) {
    return ImmutableActivity.builder().id(id).date(LocalDate.parse(date)).title("CoP " + id)
        .addOrganisedBy("fp").addAttendees(attendees).build();
  }

  static ImmutableKnowledgeItem knowledge(String id, String party, String text, Sensitivity s) {
    return ImmutableKnowledgeItem.builder().id(id).party(party).date(LocalDate.of(2019, 9, 1))
        .title("Lesson " + id).text(text).sensitivity(s).build();
  }

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }
}
