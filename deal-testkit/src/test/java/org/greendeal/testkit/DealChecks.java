package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greendeal.model.Commitment;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Obligation;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordFit;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;

/** What a generated deal must satisfy, as assertions. */
final class DealChecks {
  private DealChecks() {}

  static void assertValid(Deal deal) {
    assertThat(deal.parties()).isNotEmpty();
    Set<PartyId> ids = new HashSet<>();
    deal.parties().forEach(p -> assertThat(ids.add(p.id())).as("unique id %s", p.id()).isTrue());
    deal.units().forEach(u -> assertThat(ids.add(u.id())).as("unique id %s", u.id()).isTrue());
    assertThat(deal.units()).hasSizeLessThanOrEqualTo(DealGenerators.MAX_UNITS);

    assertThat(deal.roles()).hasSameSizeAs(deal.parties());
    assertThat(deal.roles().stream().map(PartyRole::party).collect(Collectors.toSet()))
        .isEqualTo(deal.parties().stream().map(Party::id).collect(Collectors.toSet()));
    Set<Role> held = deal.roles().stream().map(PartyRole::role).collect(Collectors.toSet());
    assertThat(held).hasSizeBetween(1, 4);
    for (PartyRole role : deal.roles()) {
      role.joined().ifPresent(j -> assertThat(deal.term().contains(j)).isTrue());
    }
    for (OrganisationalUnit unit : deal.units()) {
      assertThat(deal.party(unit.partOf())).as("partOf of %s", unit.id()).isPresent();
    }

    assertThat(deal.term().start()).isAfterOrEqualTo(DealGenerators.EARLIEST);
    assertThat(deal.term().end()).isBeforeOrEqualTo(DealGenerators.LATEST);

    for (Party party : deal.parties()) {
      for (String name : names(party.id().value(), party.name(), party.displayName(),
          party.aliases())) {
        assertThat(deal.find(name)).as("name %s", name).contains(party.id());
      }
    }
    for (OrganisationalUnit unit : deal.units()) {
      for (String name : names(unit.id().value(), unit.name(), unit.displayName(),
          unit.aliases())) {
        assertThat(deal.find(name)).as("name %s", name).contains(unit.id());
      }
    }

    assertThat(deal.commitments()).isNotEmpty();
    Set<String> commitmentIds = new HashSet<>();
    for (Commitment c : deal.commitments()) {
      assertThat(c.id().value()).matches("[A-Z]+-[0-9]+");
      assertThat(commitmentIds.add(c.id().value())).as("unique %s", c.id()).isTrue();
      if (c.binds().roles().isEmpty()) {
        assertThat(ids).containsAll(c.binds().parties());
      } else {
        assertThat(held).containsAll(c.binds().roles());
      }
      if (c.obligation() == Obligation.RESULT) {
        assertThat(c.due()).isPresent();
        assertThat(deal.term().contains(c.due().get())).as("due of %s", c.id()).isTrue();
      }
      assertCriterionNamesOnlyItsFields(c.criterion());
    }
    for (RecordFit fit : deal.recordFits()) {
      assertThat(fit.records().partyFields()).contains(fit.partyField());
      assertThat(ids).containsAll(fit.parties());
      assertThat(held).containsAll(fit.roles());
    }
    for (Role role : deal.statedCounts().keySet()) {
      assertThat(deal.statedCounts().get(role)).isNotNegative();
    }
  }

  static void assertCriterionNamesOnlyItsFields(Criterion criterion) {
    for (Criterion c : CriteriaWalk.criteria(criterion)) {
      if (c instanceof Criterion.AtLeast a) {
        assertThat(a.count()).isPositive();
        a.partyField().ifPresent(f -> assertThat(a.records().partyFields()).contains(f));
      } else if (c instanceof Criterion.Covers covers) {
        assertThat(covers.records().fields()).contains(covers.field());
        assertThat(covers.values()).isNotEmpty();
      } else if (c instanceof Criterion.SumPerYearAtMost sum) {
        assertThat(sum.field()).isIn("amountEur", "valueEur");
        assertThat(sum.records().fields()).contains(sum.field());
        assertThat(sum.atMost()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
      }
    }
    for (CriteriaWalk.TypedCondition tc : CriteriaWalk.typedConditions(criterion)) {
      RecordType type = tc.type();
      assertThat(type.fields()).as("fields of %s", type.key())
          .containsAll(tc.condition().fieldsRead());
    }
  }

  private static List<String> names(String id, String name, String displayName,
      List<String> aliases) {
    List<String> names = new ArrayList<>(List.of(id, name, displayName));
    names.addAll(aliases);
    return names;
  }
}
