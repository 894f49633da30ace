package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.acceptance.commitments.Gdci.DEAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/**
 * The built-in deal with no evidence: exactly one finding per commitment and bound party (per unit
 * for R-4, one deal-wide finding for ), and no data findings (the annex counts agree).
 */
class BuiltInDealWithoutEvidenceTest {

  private static final Evaluation EMPTY = Gdci.judge("");

  private static final Map<String, Integer> EXPECTED = Map.ofEntries(
      Map.entry("P-1", 48), Map.entry("P-2", 48), Map.entry("P-3", 48), Map.entry("P-4", 48),
      Map.entry("IP-1", 31), Map.entry("IP-2", 31), Map.entry("IP-3", 31), Map.entry("IP-4", 31),
      Map.entry("IP-5", 31),
      Map.entry("FP-1", 2), Map.entry("FP-2", 2), Map.entry("FP-3", 2), Map.entry("FP-4", 2),
      Map.entry("FP-5", 2), Map.entry("FP-6", 2),
      Map.entry("KP-1", 12), Map.entry("KP-2", 12), Map.entry("KP-3", 12), Map.entry("KP-4", 12),
      Map.entry("R-1", 1), Map.entry("R-2", 1), Map.entry("R-3", 1), Map.entry("R-4", 3),
      Map.entry("D-1", 48));

  @Test
  void builtInDealWithoutEvidenceGivesOneFindingPerCommitmentAndBoundParty() {
    assertThat(DEAL.commitments()).hasSize(24);
    EXPECTED.forEach((code, count) ->
        assertThat(EMPTY.findings(code)).as("findings on %s", code).hasSize(count));
    assertThat(EMPTY.findings()).hasSize(EXPECTED.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(EMPTY.findings()).noneMatch(f -> f.code().startsWith("DATA-"));
    assertThat(EMPTY.findings("DATA-ANNEX-COUNT")).isEmpty();
  }

  @Test
  void eachBoundPartyHasExactlyOneFindingPerCommitment() {
    List<PartyId> everyParty = Stream.of(Role.FACILITATING_PARTNER, Role.KNOWLEDGE_PARTNER,
            Role.PROCURING_PARTICIPANT, Role.NATIONAL_GOVERNMENT)
        .flatMap(r -> DEAL.partiesWith(r).stream()).toList();
    assertThat(everyParty).hasSize(48);
    for (String code : List.of("P-1", "P-2", "P-3", "P-4", "D-1")) {
      assertThat(parties(code)).as(code).containsExactlyInAnyOrderElementsOf(everyParty);
    }
    for (String code : List.of("IP-1", "IP-2", "IP-3", "IP-4", "IP-5")) {
      assertThat(parties(code)).as(code)
          .containsExactlyInAnyOrderElementsOf(DEAL.partiesWith(Role.PROCURING_PARTICIPANT));
    }
    for (String code : List.of("FP-1", "FP-2", "FP-3", "FP-4", "FP-5", "FP-6")) {
      assertThat(parties(code)).as(code)
          .containsExactlyInAnyOrderElementsOf(DEAL.partiesWith(Role.FACILITATING_PARTNER));
    }
    for (String code : List.of("KP-1", "KP-2", "KP-3", "KP-4")) {
      assertThat(parties(code)).as(code)
          .containsExactlyInAnyOrderElementsOf(DEAL.partiesWith(Role.KNOWLEDGE_PARTNER));
    }
    for (String code : List.of("R-1", "R-2", "R-3")) {
      assertThat(EMPTY.findings(code)).as(code).singleElement()
          .satisfies(f -> assertThat(f.party()).isEmpty());
    }
    assertThat(parties("R-4")).containsExactlyInAnyOrder(
        PartyId.of("rvo"), PartyId.of("rws"), PartyId.of("rvb"));
  }

  @Test
  void builtInDealWithoutEvidenceJudgedAtTheTermsEnd() {
    assertThat(EMPTY.asOf()).isEqualTo(DEAL.term().end());
    assertStatuses(Status.NO_EVIDENCE, "P-1", "P-2", "P-3", "P-4", "IP-3", "IP-4", "FP-2", "FP-3",
        "FP-4", "FP-5", "FP-6", "KP-2", "KP-3", "KP-4", "R-1", "R-2", "R-3");
    assertStatuses(Status.NOT_MET, "IP-1", "IP-2", "FP-1", "KP-1", "R-4");
    assertStatuses(Status.WITHIN_LIMIT, "IP-5");
    assertStatuses(Status.RESPECTED, "D-1");
  }

  private static void assertStatuses(Status status, String... codes) {
    for (String code : codes) {
      assertThat(EMPTY.findings(code)).as(code)
          .allSatisfy(f -> assertThat(f.status()).contains(status));
    }
  }

  private static List<PartyId> parties(String code) {
    return EMPTY.findings(code).stream().map(Finding::party).flatMap(Optional::stream).toList();
  }
}
