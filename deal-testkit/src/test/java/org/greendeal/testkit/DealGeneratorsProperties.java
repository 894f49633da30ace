package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.greendeal.model.Criterion;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.RecordType;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.generators.Generate;

class DealGeneratorsProperties {

  @Test
  void generatedDealsAreValid() {
    qt().withExamples(500).forAll(DealGenerators.deals()).checkAssert(DealChecks::assertValid);
  }

  @Test
  void generatedDealsSurviveBeingBuiltAgain() {
    qt().withExamples(200).forAll(DealGenerators.deals())
        .checkAssert(deal -> assertThat(ImmutableDeal.builder().from(deal).build())
            .isEqualTo(deal));
  }

  @Test
  void largerDealsAreValidToo() {
    qt().withExamples(50).forAll(DealGenerators.deals(40, 25))
        .checkAssert(DealChecks::assertValid);
  }

  @Test
  void dealsWithCommitmentsJudgeOneByTheGivenCriterion() {
    Criterion effort = new Criterion.EffortRecord();
    qt().withExamples(100)
        .forAll(DealGenerators.dealsWithCommitments(Generate.constant(effort)))
        .checkAssert(deal -> {
          DealChecks.assertValid(deal);
          assertThat(deal.commitments().get(deal.commitments().size() - 1).criterion())
              .isEqualTo(effort);
        });
  }

  @Test
  void criteriaNameOnlyFieldsTheirRecordTypeHas() {
    qt().withExamples(1000).forAll(DealGenerators.criteria())
        .checkAssert(DealChecks::assertCriterionNamesOnlyItsFields);
  }

  @Test
  void conditionsNameOnlyFieldsOfTheirType() {
    qt().withExamples(500)
        .forAll(Generate.enumValues(RecordType.class).flatMap(type ->
            DealGenerators.conditions(type).map(condition -> Pair.of(type, condition))))
        .checkAssert(p -> assertThat(p._1.fields()).containsAll(p._2.fieldsRead()));
  }

  @Test
  void termsLieWithin2015To2030() {
    qt().withExamples(500).forAll(DealGenerators.terms()).checkAssert(term -> {
      assertThat(term.start()).isAfterOrEqualTo(DealGenerators.EARLIEST);
      assertThat(term.end()).isBeforeOrEqualTo(DealGenerators.LATEST);
    });
  }

  @Test
  void datesInATermLieInIt() {
    qt().withExamples(500)
        .forAll(DealGenerators.terms().flatMap(term ->
            DealGenerators.datesIn(term).map(date -> Pair.of(term, date))))
        .checkAssert(p -> assertThat(p._1.contains(p._2)).as("%s in %s", p._2, p._1).isTrue());
  }

  @Test
  void amountsHaveTwoDecimalsFromZeroTo5000() {
    qt().withExamples(500).forAll(DealGenerators.amounts()).checkAssert(amount -> {
      assertThat(amount.scale()).isEqualTo(2);
      assertThat(amount).isBetween(BigDecimal.ZERO, new BigDecimal("5000.00"));
    });
  }

  @Test
  void partyIdsHaveTheShapeOfAnId() {
    qt().withExamples(500).forAll(DealGenerators.partyIds())
        .checkAssert(id -> assertThat(id.value()).matches("[a-z0-9][a-z0-9-]*"));
  }

  @Test
  void commitmentIdsHaveTheShapeOfAnId() {
    qt().withExamples(200).forAll(DealGenerators.commitmentIds())
        .checkAssert(id -> assertThat(id.value()).matches("[A-Z]+-[0-9]+"));
  }
}
