package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Deal;
import org.greendeal.model.Obligation;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * The built-in deal as the bundled deal file gives it, checked against the agreement text and
 * DESIGN.md's section "The built-in deal".
 */
class BuiltInDealTest {
  private static final Deal DEAL = DealCatalog.standard().builtIn();
  private static final LocalDate TERM_END = LocalDate.of(2020, 12, 31);

  @Test
  void greenDeal223VanPilotNaarOpschalingSignedOn7June2018EndsOn31December2020() {
    assertThat(DEAL.id()).isEqualTo("gdci-2.0");
    assertThat(DEAL.number()).contains("223");
    assertThat(DEAL.title().nl()).isEqualTo("Green Deal Circulair Inkopen 2.0");
    assertThat(DEAL.subtitle().map(s -> s.nl())).contains("Van pilot naar opschaling");
    assertThat(DEAL.signed()).contains(LocalDate.of(2018, 6, 7));
    assertThat(DEAL.term().start()).isEqualTo(LocalDate.of(2018, 6, 7));
    assertThat(DEAL.term().end()).isEqualTo(TERM_END);
  }

  @Test
  void betrokkenPartijenAre2FaciliterendePartners12KennispartnersAnd31InkopendeDeelnemers() {
    assertThat(DEAL.statedCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Role.FACILITATING_PARTNER, 2,
        Role.KNOWLEDGE_PARTNER, 12,
        Role.PROCURING_PARTICIPANT, 31));
    assertThat(DEAL.partiesWith(Role.FACILITATING_PARTNER)).hasSize(2);
    assertThat(DEAL.partiesWith(Role.KNOWLEDGE_PARTNER)).hasSize(12);
    assertThat(DEAL.partiesWith(Role.PROCURING_PARTICIPANT)).hasSize(31);
    assertThat(DEAL.partiesWith(Role.NATIONAL_GOVERNMENT)).hasSize(3);
    assertThat(DEAL.parties()).hasSize(48);
  }

  @Test
  void bijlage1NamesEveryPartyInItsRoleInTheAnnexOrder() {
    assertParties(Role.FACILITATING_PARTNER, annex(
        "mvo-nederland", "MVO Nederland",
        "nevi", "Nederlandse Vereniging van Inkoopmanagement"));
    assertParties(Role.KNOWLEDGE_PARTNER, annex(
        "c2c-expolab", "C2C ExpoLAB",
        "phi-factory", "PHI Factory",
        "copper8", "Copper8",
        "circular-iq", "Circular IQ",
        "rendemint", "Rendemint",
        "humanagement", "Humanagement",
        "turntoo", "Turntoo",
        "emeritor", "Emeritor Procurement Services",
        "kplusv", "KplusV",
        "kub", "Katholieke Universiteit Brabant",
        "antea", "Antea Nederland",
        "corvers", "Corvers Procurement Services / E-Procurement Services"));
    assertParties(Role.PROCURING_PARTICIPANT, annex(
        "provincie-utrecht", "Provincie Utrecht",
        "hogeschool-leiden", "Hogeschool Leiden",
        "ns", "Nederlandse Spoorwegen",
        "gemeente-wageningen", "Gemeente Wageningen",
        "umc-utrecht", "Universitair Medisch Centrum Utrecht",
        "provincie-zuid-holland", "Provincie Zuid-Holland",
        "dnb", "De Nederlandsche Bank",
        "canon", "Canon Nederland",
        "abnamro", "ABNAMRO Bank",
        "landal", "Landal GreenParks",
        "interface", "Interface Europe",
        "gp-groot", "G.P. Groot",
        "pon", "Pon Services",
        "waternet", "Stichting Waternet",
        "gispen", "Gispen Nederland",
        "prorail", "ProRail",
        "tbi", "TBI Holdings",
        "provincie-noord-holland", "Provincie Noord-Holland",
        "rabobank", "Coöperatieve Rabobank",
        "haskoningdhv", "HaskoningDHV Nederland",
        "provincie-noord-brabant", "Provincie Noord-Brabant",
        "gemeente-rotterdam", "Gemeente Rotterdam",
        "gemeente-den-haag", "Gemeente Den Haag",
        "gemeente-utrecht", "Gemeente Utrecht",
        "philadelphia", "Philadelphia Zorg",
        "706", "706",
        "enexis", "Enexis,",
        "roelofs", "Roelofs Groep",
        "alliander", "Alliander",
        "vitam", "VITAM",
        "desko", "Desko"));
    assertParties(Role.NATIONAL_GOVERNMENT, annex(
        "ienw", "Ministerie van Infrastructuur en Waterstaat (IenW)",
        "ezk", "Ministerie van Economische Zaken en Klimaat (EZ)",
        "bzk", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)"));
  }

  @Test
  void enexisKeepsItsCommaInTheAnnexButNotWhenShown() {
    Party enexis = DEAL.party(PartyId.of("enexis")).orElseThrow();
    assertThat(enexis.name()).isEqualTo("Enexis,");
    assertThat(enexis.displayName()).isEqualTo("Enexis");
  }

  @Test
  void rvoVanEzkRijkswaterstaatVanIenwEnHetRijksvastgoedbedrijfVanBzk() {
    assertThat(DEAL.units()).extracting(u -> u.id().value(), u -> u.partOf().value(),
            OrganisationalUnit::name)
        .containsExactly(
            tuple("rvo", "ezk", "Rijksdienst voor Ondernemend Nederland"),
            tuple("rws", "ienw", "Rijkswaterstaat"),
            tuple("rvb", "bzk", "Rijksvastgoedbedrijf"));
    assertThat(DEAL.roleOf(PartyId.of("rvo"))).contains(Role.NATIONAL_GOVERNMENT);
  }

  @Test
  void inzetEnActiesFollowTheOrderOfTheTextWithTheirObligationAndDueDate() {
    Map<String, Obligation> obligations = new LinkedHashMap<>();
    List.of("P-1", "P-2", "P-3", "P-4").forEach(id -> obligations.put(id, Obligation.EFFORT));
    obligations.put("IP-1", Obligation.RESULT);
    obligations.put("IP-2", Obligation.RESULT);
    obligations.put("IP-3", Obligation.EFFORT);
    obligations.put("IP-4", Obligation.EFFORT);
    obligations.put("IP-5", Obligation.LIMIT);
    obligations.put("FP-1", Obligation.RESULT);
    List.of("FP-2", "FP-3", "FP-4", "FP-5", "FP-6")
        .forEach(id -> obligations.put(id, Obligation.EFFORT));
    obligations.put("KP-1", Obligation.RESULT);
    List.of("KP-2", "KP-3", "KP-4").forEach(id -> obligations.put(id, Obligation.EFFORT));
    List.of("R-1", "R-2", "R-3").forEach(id -> obligations.put(id, Obligation.EFFORT));
    obligations.put("R-4", Obligation.RESULT);
    obligations.put("D-1", Obligation.PROHIBITION);

    assertThat(DEAL.commitments()).extracting(c -> c.id().value())
        .containsExactlyElementsOf(obligations.keySet());
    for (Commitment c : DEAL.commitments()) {
      assertThat(c.obligation()).as(c.id().value()).isEqualTo(obligations.get(c.id().value()));
      if (c.obligation() == Obligation.RESULT) {
        assertThat(c.due()).as(c.id().value()).contains(TERM_END);
      } else {
        assertThat(c.due()).as(c.id().value()).isEmpty();
      }
    }
  }

  @Test
  void uiterlijkIn2020IsDueOn31December2020() {
    assertThat(commitment("IP-2").due()).contains(LocalDate.of(2020, 12, 31));
    assertThat(commitment("IP-2").text().nl()).startsWith("Uiterlijk in 2020");
  }

  @Test
  void deRijksoverheidActsTogetherButItsUnitsEachAppointProjectTeamMembers() {
    for (String id : List.of("R-1", "R-2", "R-3")) {
      assertThat(commitment(id).binds().roles()).as(id).containsExactly(Role.NATIONAL_GOVERNMENT);
      assertThat(commitment(id).binds().scope()).as(id).isEqualTo(Scope.TOGETHER);
    }
    assertThat(commitment("R-4").binds().parties()).extracting(PartyId::value)
        .containsExactly("rvo", "rws", "rvb");
  }

  @Test
  void evidenceMayNameAPartyWithoutCaseAccentsOrPunctuation() {
    assertThat(find("Coöperatieve Rabobank")).contains("rabobank");
    assertThat(find("cooperatieve rabobank")).contains("rabobank");
    assertThat(find("Enexis,")).contains("enexis");
    assertThat(find("Enexis")).contains("enexis");
    assertThat(find("EZ")).contains("ezk");
    assertThat(find("EZK")).contains("ezk");
    assertThat(find("RVO")).contains("rvo");
    assertThat(find("ABN AMRO")).contains("abnamro");
    assertThat(find("706")).contains("706");
    assertThat(find("Gemeente Amsterdam")).isEmpty();
  }

  private static Map<String, String> annex(String... idsAndNames) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      map.put(idsAndNames[i], idsAndNames[i + 1]);
    }
    return map;
  }

  private static void assertParties(Role role, Map<String, String> expected) {
    assertThat(DEAL.partiesWith(role)).extracting(PartyId::value)
        .as(role.name()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((id, name) -> {
      assertThat(DEAL.party(PartyId.of(id)).map(Party::name)).as(id).contains(name);
      assertThat(DEAL.roleOf(PartyId.of(id))).as(id).contains(role);
    });
  }

  private static Commitment commitment(String id) {
    return DEAL.commitment(CommitmentId.of(id)).orElseThrow();
  }

  private static Optional<String> find(String name) {
    return DEAL.find(name).map(PartyId::value);
  }
}
