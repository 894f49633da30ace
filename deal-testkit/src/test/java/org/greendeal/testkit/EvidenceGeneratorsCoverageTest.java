package org.greendeal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.Party;
import org.greendeal.model.RecordType;
import org.greendeal.model.Sensitivity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;

/** What 100 generated deals with evidence cover, taken together. */
class EvidenceGeneratorsCoverageTest {
  private static final Pattern PERSONAL_DATA =
      Pattern.compile("@|\\b0\\d[\\d -]{7,}|\\+31|NL\\d{2}[A-Z]{4}|BSN");

  private static List<Pair<Deal, Evidence>> samples;

  @BeforeAll
  static void sample() {
    samples = Samples.of(EvidenceGenerators.dealsWithEvidence(), 100, 20201231L);
  }

  private static Stream<EvidenceRecord> records() {
    return samples.stream().flatMap(p -> stream(p._2.records()));
  }

  private static <T> Stream<T> stream(Iterable<T> iterable) {
    List<T> list = new ArrayList<>();
    iterable.forEach(list::add);
    return list.stream();
  }

  @Test
  void everyRecordTypeAndJoinedPartiesAreGenerated() {
    for (String key : EvidenceChecks.lists(Evidence.empty()).keySet()) {
      assertThat(samples).as(key)
          .anyMatch(p -> !EvidenceChecks.lists(p._2).get(key).isEmpty());
    }
    Set<RecordType> types = new HashSet<>();
    records().forEach(r -> types.add(r.type()));
    assertThat(types).containsExactlyInAnyOrder(RecordType.values());
  }

  @Test
  void partiesAreNamedByIdByNameByUnknownNameAndAsJoined() {
    boolean byId = false;
    boolean byName = false;
    boolean unknown = false;
    boolean joined = false;
    for (Pair<Deal, Evidence> p : samples) {
      Set<String> ids = new HashSet<>();
      p._1.parties().forEach(party -> ids.add(party.id().value()));
      p._1.units().forEach(unit -> ids.add(unit.id().value()));
      Set<String> joinedIds = new HashSet<>();
      p._2.joined().forEach(j -> joinedIds.add(j.id().value()));
      List<String> unknownNames = EvidenceGenerators.unknownNames(p._1);
      for (String ref : EvidenceChecks.partyReferences(p._2)) {
        byId |= ids.contains(ref);
        joined |= joinedIds.contains(ref);
        unknown |= unknownNames.contains(ref);
        byName |= !ids.contains(ref) && p._1.find(ref).isPresent();
      }
    }
    assertThat(byId).as("by id").isTrue();
    assertThat(byName).as("by name or alias").isTrue();
    assertThat(unknown).as("by an unknown name").isTrue();
    assertThat(joined).as("a joined party").isTrue();
  }

  @Test
  void mostPartyReferencesAreIds() {
    long all = 0;
    long ids = 0;
    for (Pair<Deal, Evidence> p : samples) {
      Set<String> known = new HashSet<>();
      p._1.parties().stream().map(Party::id).forEach(id -> known.add(id.value()));
      p._1.units().forEach(u -> known.add(u.id().value()));
      for (String ref : EvidenceChecks.partyReferences(p._2)) {
        all++;
        if (known.contains(ref)) {
          ids++;
        }
      }
    }
    assertThat((double) ids / all).isBetween(0.4, 0.8);
  }

  @Test
  void recordsAreDatedMostlyInTermButSometimesOutside() {
    long all = 0;
    long out = 0;
    for (Pair<Deal, Evidence> p : samples) {
      for (EvidenceRecord r : p._2.records()) {
        all++;
        if (EvidenceChecks.outOfTerm(r, p._1.term())) {
          out++;
        }
      }
    }
    assertThat(out).isPositive();
    assertThat((double) out / all).isLessThan(0.35);
  }

  @Test
  void idsAreSometimesDuplicated() {
    long withDuplicates = samples.stream().filter(p -> hasDuplicateIds(p._2)).count();
    assertThat(withDuplicates).isPositive().isLessThan(samples.size());
  }

  private static boolean hasDuplicateIds(Evidence e) {
    for (List<?> list : EvidenceChecks.lists(e).values()) {
      Set<String> seen = new HashSet<>();
      for (Object o : list) {
        if (o instanceof EvidenceRecord r) {
          Optional<String> id = r.id();
          if (id.isPresent() && !seen.add(id.get())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void textSometimesHoldsPersonalData() {
    List<String> texts = records()
        .flatMap(r -> Stream.of("title", "text", "description").map(r::field))
        .flatMap(Optional::stream).map(Object::toString).toList();
    long personal = texts.stream().filter(t -> PERSONAL_DATA.matcher(t).find()).count();
    assertThat(personal).isPositive().isLessThan(texts.size() / 2);
  }

  @Test
  void knowledgeItemsAreSometimesSensitive() {
    assertThat(samples.stream().flatMap(p -> p._2.knowledgeItems().stream()))
        .anyMatch(k -> k.sensitivity() != Sensitivity.NONE);
  }

  @Test
  void contributionsReachTheLimitOfIp5() {
    assertThat(samples.stream().flatMap(p -> p._2.contributions().stream()))
        .anyMatch(c -> c.amountEur().compareTo(new BigDecimal("1500.00")) == 0);
  }

  @Test
  void sizesFollowTheParameter() {
    Deal deal = samples.get(samples.size() - 1)._1;
    assertThat(Samples.of(EvidenceGenerators.evidence(deal, 0), 5, 1L))
        .allMatch(e -> e.size() == 0);
    assertThat(Samples.of(EvidenceGenerators.evidence(deal, 60), 10, 1L))
        .anyMatch(e -> e.trajectories().size() > EvidenceGenerators.DEFAULT_MAX_RECORDS);
  }
}
