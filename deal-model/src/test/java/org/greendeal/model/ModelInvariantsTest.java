package org.greendeal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each structural invariant of the model refuses a broken value with a message naming it. */
class ModelInvariantsTest {
  private static final Term TERM = Term.of(LocalDate.of(2018, 6, 7), LocalDate.of(2020, 12, 31));

  private static ImmutableDeal.Builder deal() {
    return ImmutableDeal.builder().id("d").title(LocalizedText.same("D")).term(TERM)
        .addParties(Party.of("a", "Party A"), Party.of("b", "Party B"))
        .addRoles(PartyRole.of(PartyId.of("a"), Role.PROCURING_PARTICIPANT),
            PartyRole.of(PartyId.of("b"), Role.KNOWLEDGE_PARTNER));
  }

  @Test
  void aTermThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> Term.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .hasMessage("term: start 2020-01-02 is after end 2020-01-01");
  }

  @Test
  void aOneDayTermIsFine() {
    assertThat(Term.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))
        .contains(LocalDate.of(2020, 1, 1))).isTrue();
  }

  @Test
  void duplicatePartyIdsAreRefused() {
    assertThatThrownBy(() -> deal().addParties(Party.of("a", "Another A")).build())
        .hasMessage("parties: duplicate party id \"a\"");
  }

  @Test
  void aUnitMustBelongToAnExistingParty() {
    assertThatThrownBy(() -> deal().addUnits(ImmutableOrganisationalUnit.builder()
            .id(PartyId.of("u")).name("Unit").partOf(PartyId.of("nobody")).build()).build())
        .hasMessage("units: partOf of \"u\" names no party: \"nobody\"");
  }

  @Test
  void everyPartyHasExactlyOneRole() {
    assertThatThrownBy(() -> deal().addRoles(PartyRole.of(PartyId.of("a"), Role.KNOWLEDGE_PARTNER)).build())
        .hasMessage("roles: party \"a\" has two roles");
    assertThatThrownBy(() -> deal().addParties(Party.of("c", "Party C")).build())
        .hasMessage("roles: party \"c\" has no role");
  }

  @Test
  void namesThatCannotBeToldApartAreRefused() {
    assertThatThrownBy(() -> deal().addParties(Party.of("c", "PARTY-a"))
            .addRoles(PartyRole.of(PartyId.of("c"), Role.KNOWLEDGE_PARTNER)).build())
        .hasMessageContaining("cannot be told apart");
  }

  @Test
  void amountsAreNeverNegative() {
    assertThatThrownBy(() -> ImmutableContribution.builder().party("a").year(2019)
            .amountEur(new BigDecimal("-0.01")).build())
        .hasMessage("amountEur: amount is negative: -0.01");
    assertThatThrownBy(() -> ImmutableTrajectory.builder().id("t").party("a").title("T")
            .kind(TrajectoryKind.NEW).started(LocalDate.of(2019, 1, 1))
            .valueEur(new BigDecimal("-1")).build())
        .hasMessage("valueEur: amount is negative: -1");
  }

  @Test
  void idsHaveTheirShape() {
    assertThatThrownBy(() -> PartyId.of("Provincie Utrecht"))
        .hasMessage("party id must be lower-case letters, digits and hyphens: \"Provincie Utrecht\"");
    assertThatThrownBy(() -> CommitmentId.of("ip1"))
        .hasMessageContaining("\"ip1\"");
    assertThat(PartyId.of("706").value()).isEqualTo("706");
  }

  @Test
  void aResultNeedsADueDate() {
    assertThatThrownBy(() -> ImmutableCommitment.builder().id(CommitmentId.of("X-1"))
            .title(LocalizedText.same("x")).text(LocalizedText.same("x"))
            .binds(Binding.each(Role.PROCURING_PARTICIPANT)).obligation(Obligation.RESULT)
            .criterion(new Criterion.EffortRecord()).build())
        .hasMessage("commitment X-1: due: a RESULT needs a due date");
  }

  @Test
  void aBindingNamesRolesOrPartiesNotBoth() {
    assertThatThrownBy(() -> ImmutableBinding.builder().build())
        .hasMessageContaining("name either roles or parties");
  }

  @Test
  void aCriterionMayOnlyNameFieldsItsRecordTypeHas() {
    assertThatThrownBy(() -> Criterion.AtLeast.of(1, RecordType.CONTRIBUTION,
            new Condition.Equals("kind", "NEW")))
        .hasMessageContaining("contributions have no field \"kind\"");
    assertThatThrownBy(() -> new Criterion.AtLeast(1, RecordType.ACTIVITY, Optional.of("party"),
            Condition.always(), false))
        .hasMessageContaining("activities have no party field \"party\"");
    assertThatThrownBy(() -> Criterion.AtLeast.of(0, RecordType.TRAJECTORY, Condition.always()))
        .hasMessage("atLeast: count must be at least 1, found 0");
  }

  @Test
  void partiesAreFoundWithoutCaseAccentsOrPunctuation() {
    Deal deal = ImmutableDeal.builder().from(deal().build())
        .addParties(ImmutableParty.builder().id(PartyId.of("rabobank")).name("Coöperatieve Rabobank")
            .build(), ImmutableParty.builder().id(PartyId.of("enexis")).name("Enexis,")
            .displayName("Enexis").build())
        .addRoles(PartyRole.of(PartyId.of("rabobank"), Role.PROCURING_PARTICIPANT),
            PartyRole.of(PartyId.of("enexis"), Role.PROCURING_PARTICIPANT))
        .build();
    for (String name : List.of("Coöperatieve Rabobank", "cooperatieve rabobank", "COOPERATIEVE-RABOBANK")) {
      assertThat(deal.find(name)).contains(PartyId.of("rabobank"));
    }
    assertThat(deal.find("Enexis,")).contains(PartyId.of("enexis"));
    assertThat(deal.find("enexis")).contains(PartyId.of("enexis"));
    assertThat(deal.find("Gemeente Nergens")).isEmpty();
  }

  @Test
  void aJoinedPartyTakesItsRoleFromItsJoiningDay() {
    Deal joined = deal().build().withJoined(List.of(ImmutableJoinedParty.builder()
        .id(PartyId.of("late")).name("Late").role(Role.PROCURING_PARTICIPANT)
        .date(LocalDate.of(2019, 3, 1)).build()));
    assertThat(joined.roleOf(PartyId.of("late"))).contains(Role.PROCURING_PARTICIPANT);
    assertThat(joined.joinedOn(PartyId.of("late"))).contains(LocalDate.of(2019, 3, 1));
    assertThat(joined.joinedOn(PartyId.of("a"))).isEmpty();
  }
}
