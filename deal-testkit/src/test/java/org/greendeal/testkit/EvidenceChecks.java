package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Term;

/** What generated evidence must satisfy, as assertions, and ways to look into it. */
final class EvidenceChecks {
  private EvidenceChecks() {}

  /** Every list of an evidence file, by its key, with {@code joined} first. */
  static Map<String, List<?>> lists(Evidence e) {
    return Map.ofEntries(
        Map.entry("joined", e.joined()),
        Map.entry("trajectories", e.trajectories()),
        Map.entry("contributions", e.contributions()),
        Map.entry("policyIntegrations", e.policyIntegrations()),
        Map.entry("appointments", e.appointments()),
        Map.entry("workingGroups", e.workingGroups()),
        Map.entry("activities", e.activities()),
        Map.entry("communications", e.communications()),
        Map.entry("efforts", e.efforts()),
        Map.entry("instruments", e.instruments()),
        Map.entry("knowledgeItems", e.knowledgeItems()),
        Map.entry("publications", e.publications()),
        Map.entry("invitations", e.invitations()),
        Map.entry("barriers", e.barriers()));
  }

  /** Every party reference in every party field of every record. */
  static List<String> partyReferences(Evidence e) {
    List<String> refs = new ArrayList<>();
    for (EvidenceRecord r : e.records()) {
      refs.addAll(partyReferences(r));
    }
    return refs;
  }

  static List<String> partyReferences(EvidenceRecord r) {
    List<String> refs = new ArrayList<>();
    for (String field : r.type().partyFields()) {
      refs.addAll(r.partiesIn(field));
    }
    return refs;
  }

  /** Records dated at most 400 days around the term; contributions a year around it. */
  static void assertDatedAround(EvidenceRecord r, Term term) {
    if (r.type().datedByYear()) {
      assertThat(r.date().getYear())
          .isBetween(term.start().getYear() - 1, term.end().getYear() + 1);
    } else {
      assertThat(r.date()).isBetween(term.start().minusDays(400), term.end().plusDays(400));
    }
  }

  /** No negative amount, and the ids where the evidence file requires one. */
  static void assertWellFormed(EvidenceRecord r) {
    r.field("amountEur").ifPresent(a -> assertThat((BigDecimal) a).isNotNegative());
    r.field("valueEur").ifPresent(a -> assertThat((BigDecimal) a).isNotNegative());
    if (r.type().fields().contains("id")) {
      assertThat(r.id()).as("id of %s", r).isPresent();
    }
    assertThat(partyReferences(r)).doesNotContainNull().allMatch(s -> !s.isBlank());
  }

  static void assertListsAtMost(Evidence e, int max) {
    lists(e).forEach((key, list) -> {
      if (!key.equals("joined")) {
        assertThat(list).as(key).hasSizeLessThanOrEqualTo(max);
      }
    });
    assertThat(e.joined()).hasSizeLessThanOrEqualTo(2);
  }

  static boolean outOfTerm(EvidenceRecord r, Term term) {
    return r.type().datedByYear() ? !term.containsYear(r.date().getYear())
        : !term.contains(r.date());
  }
}
