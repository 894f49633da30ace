package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Term;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

class EvidenceGeneratorsProperties {
  private static final List<String> PARTIES = List.of("ns", "Provincie Utrecht", "copper8");
  private static final Term TERM = Term.of(LocalDate.of(2018, 6, 7), LocalDate.of(2020, 12, 31));

  @Test
  void evidenceForADealNamesItsPartiesOrAKnownUnknownName() {
    qt().withExamples(200).forAll(EvidenceGenerators.dealsWithEvidence()).checkAssert(p -> {
      Deal deal = p._1;
      Evidence evidence = p._2;
      assertThat(evidence.deal()).contains(deal.id());
      Deal withJoined = deal.withJoined(evidence.joined());
      List<String> unknown = EvidenceGenerators.unknownNames(deal);
      for (String ref : EvidenceChecks.partyReferences(evidence)) {
        if (unknown.contains(ref)) {
          assertThat(withJoined.find(ref)).as("unknown %s", ref).isEmpty();
        } else {
          assertThat(withJoined.find(ref)).as("party %s", ref).isPresent();
        }
      }
    });
  }

  @Test
  void joinedPartiesAreNewToTheDeal() {
    qt().withExamples(200).forAll(EvidenceGenerators.dealsWithEvidence(2)).checkAssert(p -> {
      assertThatCode(() -> p._1.withJoined(p._2.joined())).doesNotThrowAnyException();
      p._2.joined().forEach(j -> assertThat(p._1.find(j.id().value())).isEmpty());
    });
  }

  @Test
  void evidenceForADealIsDatedAroundItsTermAndWellFormed() {
    qt().withExamples(200).forAll(EvidenceGenerators.dealsWithEvidence()).checkAssert(p -> {
      EvidenceChecks.assertListsAtMost(p._2, EvidenceGenerators.DEFAULT_MAX_RECORDS);
      for (EvidenceRecord r : p._2.records()) {
        EvidenceChecks.assertDatedAround(r, p._1.term());
        EvidenceChecks.assertWellFormed(r);
      }
      p._2.joined().forEach(j -> assertThat(p._1.term().contains(j.date())).isTrue());
    });
  }

  @Test
  void arbitraryEvidenceIsWellFormed() {
    qt().withExamples(200).forAll(EvidenceGenerators.evidence()).checkAssert(e -> {
      assertThat(e.deal()).isEmpty();
      EvidenceChecks.assertListsAtMost(e, EvidenceGenerators.DEFAULT_MAX_RECORDS);
      e.records().forEach(EvidenceChecks::assertWellFormed);
    });
  }

  @Test
  void aLargerSizeGivesLongerLists() {
    qt().withExamples(20).forAll(EvidenceGenerators.evidence(60))
        .checkAssert(e -> EvidenceChecks.assertListsAtMost(e, 60));
  }

  @Test
  void eachRecordGeneratorNamesTheGivenPartiesAroundTheTerm() {
    checkRecords(EvidenceGenerators.trajectories(PARTIES, TERM));
    checkRecords(EvidenceGenerators.contributions(PARTIES, TERM));
    checkRecords(EvidenceGenerators.policyIntegrations(PARTIES, TERM));
    checkRecords(EvidenceGenerators.appointments(PARTIES, TERM));
    checkRecords(EvidenceGenerators.workingGroups(PARTIES, TERM));
    checkRecords(EvidenceGenerators.activities(PARTIES, TERM));
    checkRecords(EvidenceGenerators.communications(PARTIES, TERM));
    checkRecords(EvidenceGenerators.efforts(PARTIES, TERM));
    checkRecords(EvidenceGenerators.instruments(PARTIES, TERM));
    checkRecords(EvidenceGenerators.knowledgeItems(PARTIES, TERM));
    checkRecords(EvidenceGenerators.publications(PARTIES, TERM));
    checkRecords(EvidenceGenerators.invitations(PARTIES, TERM));
    checkRecords(EvidenceGenerators.barriers(PARTIES, TERM));
  }

  private static void checkRecords(Gen<? extends EvidenceRecord> records) {
    qt().withExamples(200).forAll(records).checkAssert(r -> {
      assertThat(PARTIES).containsAll(EvidenceChecks.partyReferences(r));
      EvidenceChecks.assertDatedAround(r, TERM);
      EvidenceChecks.assertWellFormed(r);
    });
  }

  @Test
  void effortsNameTheGivenCommitments() {
    qt().withExamples(100).forAll(DealGenerators.deals().flatMap(deal ->
            EvidenceGenerators.efforts(PARTIES, deal.term(),
                deal.commitments().stream().map(Commitment::id).toList())
                .map(effort -> Pair.of(deal, effort))))
        .checkAssert(p -> assertThat(p._1.commitment(p._2.commitment())).isPresent());
  }

  @Test
  void datesAroundATermLieAtMost400DaysFromIt() {
    qt().withExamples(500).forAll(EvidenceGenerators.datesAround(TERM)).checkAssert(d ->
        assertThat(d).isBetween(TERM.start().minusDays(400), TERM.end().plusDays(400)));
  }
}
