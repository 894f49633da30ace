package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greendeal.model.Commitment;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyRole;
import org.greendeal.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What 200 generated deals cover, taken together. */
class DealGeneratorsCoverageTest {
  private static List<Deal> deals;

  @BeforeAll
  static void sample() {
    deals = Samples.of(DealGenerators.deals(), 200, 20180607L);
  }

  private static List<Commitment> commitments() {
    return deals.stream().flatMap(d -> d.commitments().stream()).toList();
  }

  @Test
  void twoHundredDealsAreDrawn() {
    assertThat(deals).hasSizeGreaterThan(190);
  }

  @Test
  void everyCriterionKindOccurs() {
    Set<Class<?>> kinds = commitments().stream()
        .flatMap(c -> CriteriaWalk.criteria(c.criterion()).stream())
        .map(Object::getClass).collect(Collectors.toSet());
    assertThat(kinds).containsAll(Arrays.asList(Criterion.class.getPermittedSubclasses()));
  }

  @Test
  void everyConditionKindOccurs() {
    Set<Class<?>> kinds = commitments().stream()
        .flatMap(c -> CriteriaWalk.typedConditions(c.criterion()).stream())
        .map(tc -> tc.condition().getClass()).collect(Collectors.toSet());
    assertThat(kinds).containsAll(Arrays.asList(Condition.class.getPermittedSubclasses()));
  }

  @Test
  void everyObligationOccurs() {
    assertThat(commitments().stream().map(Commitment::obligation).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Obligation.values());
  }

  @Test
  void bindingsNameRolesOrParties() {
    assertThat(commitments()).anyMatch(c -> !c.binds().roles().isEmpty());
    assertThat(commitments()).anyMatch(c -> !c.binds().parties().isEmpty());
  }

  @Test
  void dealsUseOneToFourRoles() {
    Set<Integer> roleCounts = deals.stream()
        .map(d -> d.roles().stream().map(PartyRole::role).collect(Collectors.toSet()).size())
        .collect(Collectors.toSet());
    assertThat(roleCounts).contains(1, 2, 3, 4);
  }

  @Test
  void someDealsHaveUnitsAndSomeNone() {
    assertThat(deals).anyMatch(d -> d.units().isEmpty());
    assertThat(deals).anyMatch(d -> !d.units().isEmpty());
  }

  @Test
  void someDealsHaveAnnexQuirksAliasesAndJoinedParties() {
    assertThat(deals).anyMatch(d -> d.parties().stream().anyMatch(p -> p.name().endsWith(",")));
    assertThat(deals).anyMatch(d -> d.parties().stream().anyMatch(p -> !p.aliases().isEmpty()));
    assertThat(deals).anyMatch(d -> d.roles().stream().anyMatch(r -> r.joined().isPresent()));
    assertThat(deals).anyMatch(d -> !d.recordFits().isEmpty());
  }

  @Test
  void statedCountsSometimesMatchTheAnnexAndSometimesNot() {
    assertThat(deals).anyMatch(d -> d.statedCounts().isEmpty());
    assertThat(deals).anyMatch(d -> !d.statedCounts().isEmpty() && matches(d));
    assertThat(deals).anyMatch(d -> !d.statedCounts().isEmpty() && !matches(d));
  }

  private static boolean matches(Deal deal) {
    Map<Role, Integer> annex = new EnumMap<>(Role.class);
    deal.roles().forEach(r -> annex.merge(r.role(), 1, Integer::sum));
    return deal.statedCounts().entrySet().stream()
        .allMatch(e -> e.getValue().equals(annex.getOrDefault(e.getKey(), 0)));
  }
}
