package org.greendeal.imports.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.DealFiles;
import org.greendeal.io.Problem;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Importing the agreement text of the Green Deal Circulair Inkopen 2.0 gives the built-in deal:
 * the same parties by name and role, units, header counts, term and, per commitment by position,
 * the same code, bound roles or units, obligation, due date and quantities.
 */
class AgreementImporterTest {
  private static final Deal BUILT_IN = DealCatalog.standard().builtIn();
  private static final AgreementImport IMPORTED = AgreementImporter.standard()
      .read("gdci.txt", AgreementTexts.resource(AgreementTexts.GDCI));
  private static final Deal DEAL = IMPORTED.deal();

  @Test
  void theFortyEightPartiesOfTheAnnexHaveTheBuiltInNamesInTheBuiltInOrder() {
    assertThat(DEAL.parties()).extracting(Party::name)
        .hasSize(48)
        .containsExactlyElementsOf(BUILT_IN.parties().stream().map(Party::name).toList());
  }

  @Test
  void everyPartyHasItsBuiltInRole() {
    for (Party party : BUILT_IN.parties()) {
      PartyId imported = DEAL.find(party.name()).orElseThrow();
      assertThat(DEAL.roleOf(imported)).as(party.name()).isEqualTo(BUILT_IN.roleOf(party.id()));
    }
  }

  @Test
  void idsAreMadeOfTheNamesAndMinistriesTakeTheirAbbreviation() {
    assertThat(id("Provincie Utrecht")).isEqualTo("provincie-utrecht");
    assertThat(id("Coöperatieve Rabobank")).isEqualTo("cooperatieve-rabobank");
    assertThat(id("G.P. Groot")).isEqualTo("g-p-groot");
    assertThat(id("Corvers Procurement Services / E-Procurement Services"))
        .isEqualTo("corvers-procurement-services-e-procurement-services");
    assertThat(id("706")).isEqualTo("706");
    assertThat(id("Enexis,")).isEqualTo("enexis");
    assertThat(id("Ministerie van Infrastructuur en Waterstaat (IenW)")).isEqualTo("ienw");
    assertThat(id("Ministerie van Economische Zaken en Klimaat (EZ)")).isEqualTo("ezk");
    assertThat(id("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)"))
        .isEqualTo("bzk");
  }

  @Test
  void enexisKeepsItsCommaAsNameAndShowsWithoutIt() {
    Party enexis = DEAL.party(PartyId.of("enexis")).orElseThrow();
    assertThat(enexis.name()).isEqualTo("Enexis,");
    assertThat(enexis.displayName()).isEqualTo("Enexis");
  }

  @Test
  void ministriesKeepTheirAbbreviationsAsAliasesAndEzIsEzk() {
    Party ezk = DEAL.party(PartyId.of("ezk")).orElseThrow();
    assertThat(ezk.displayName()).isEqualTo("Ministerie van Economische Zaken en Klimaat");
    assertThat(ezk.aliases()).contains("EZ", "EZK");
    assertThat(DEAL.find("EZ")).contains(PartyId.of("ezk"));
    assertThat(DEAL.find("EZK")).contains(PartyId.of("ezk"));
    assertThat(DEAL.find("IenW")).contains(PartyId.of("ienw"));
  }

  @Test
  void theUnitsAreThoseOfTheBuiltInDealPartOfTheMinistryTheTextNames() {
    assertThat(DEAL.units()).extracting(OrganisationalUnit::id).extracting(PartyId::value)
        .containsExactly("rvo", "rws", "rvb");
    for (OrganisationalUnit unit : BUILT_IN.units()) {
      OrganisationalUnit imported = DEAL.unit(DEAL.find(unit.name()).orElseThrow()).orElseThrow();
      assertThat(imported.name()).isEqualTo(unit.name());
      assertThat(parentName(DEAL, imported)).isEqualTo(parentName(BUILT_IN, unit));
    }
  }

  @Test
  void theHeaderCountsAndTheTermAreThoseOfTheBuiltInDeal() {
    assertThat(DEAL.statedCounts()).isEqualTo(BUILT_IN.statedCounts());
    assertThat(DEAL.term()).isEqualTo(BUILT_IN.term());
    assertThat(DEAL.term().end()).hasToString("2020-12-31");
    assertThat(DEAL.signed()).isEqualTo(BUILT_IN.signed());
  }

  @Test
  void titleSubtitleAndNumberAreRead() {
    assertThat(DEAL.title().nl()).isEqualTo("Green Deal Circulair Inkopen 2.0");
    assertThat(DEAL.subtitle().orElseThrow().nl()).isEqualTo("Van pilot naar opschaling");
    assertThat(DEAL.title().en()).isEqualTo(BUILT_IN.title().en());
    assertThat(DEAL.number()).isEqualTo(BUILT_IN.number());
    assertThat(DEAL.id()).isEqualTo("green-deal-circulair-inkopen-2.0");
  }

  @Test
  void theTwentyFourCommitmentsHaveTheBuiltInCodesInOrder() {
    assertThat(DEAL.commitments()).extracting(c -> c.id().value())
        .hasSize(24)
        .containsExactlyElementsOf(BUILT_IN.commitments().stream().map(c -> c.id().value())
            .toList());
  }

  @Test
  void everyCommitmentBindsWhomTheBuiltInBindsWithItsObligationDueDateAndQuantities() {
    for (int i = 0; i < BUILT_IN.commitments().size(); i++) {
      Commitment expected = BUILT_IN.commitments().get(i);
      Commitment actual = DEAL.commitments().get(i);
      String code = expected.id().value();
      assertThat(actual.binds().roles()).as(code).isEqualTo(expected.binds().roles());
      assertThat(actual.binds().scope()).as(code).isEqualTo(expected.binds().scope());
      assertThat(names(DEAL, actual)).as(code).isEqualTo(names(BUILT_IN, expected));
      assertThat(actual.obligation()).as(code).isEqualTo(expected.obligation());
      assertThat(actual.due()).as(code).isEqualTo(expected.due());
      assertThat(AgreementTexts.quantities(actual.criterion())).as(code)
          .isEqualTo(AgreementTexts.quantities(expected.criterion()));
    }
  }

  @Test
  void theCommitmentsKeepTheAgreementsSentences() {
    for (int i = 0; i < BUILT_IN.commitments().size(); i++) {
      assertThat(DEAL.commitments().get(i).text().nl())
          .isEqualTo(BUILT_IN.commitments().get(i).text().nl());
    }
  }

  @Test
  void everyCriterionIsTheBuiltIns() {
    for (int i = 0; i < BUILT_IN.commitments().size(); i++) {
      assertThat(DEAL.commitments().get(i).criterion()).as(BUILT_IN.commitments().get(i).id()
          .value()).isEqualTo(BUILT_IN.commitments().get(i).criterion());
    }
  }

  @Test
  void warnsOfTheAnnexsQuirksTheDateItTookAndTheWordingItCouldNotClassify() {
    List<String> warnings = IMPORTED.warnings().stream().map(Problem::toString).toList();
    assertThat(warnings).hasSize(4);
    assertThat(warnings).anyMatch(w -> w.startsWith("gdci.txt:158:1: Bijlage 1 Alle betrokken"
        + " partijen: the annex abbreviates \"Ministerie van Economische Zaken en Klimaat\" as"
        + " \"EZ\", the text names it \"EZK\""));
    assertThat(warnings).anyMatch(w -> w.startsWith("gdci.txt:151:1:")
        && w.contains("\"Enexis,\" ends in punctuation"));
    assertThat(warnings).anyMatch(w -> w.startsWith("gdci.txt:77:1: FP-6: ")
        && w.contains("kept as EFFORT, judged by an effort record"));
    assertThat(warnings).anyMatch(w -> w.startsWith("gdci.txt:1:2: title: ")
        && w.contains("took 2018-06-07") && w.contains("gdci-2.0"));
  }

  @Test
  void fitsFollowFromTheCommitmentsThatCountEachRecord() {
    Set<String> fitted = DEAL.recordFits().stream().map(f -> f.records().key())
        .collect(Collectors.toSet());
    assertThat(fitted).contains("trajectories", "contributions", "appointments", "workingGroups",
        "invitations", "publications", "barriers").doesNotContain("knowledgeItems", "efforts");
    assertThat(DEAL.recordFits()).filteredOn(f -> f.records().key().equals("appointments"))
        .singleElement().satisfies(f -> {
          assertThat(f.roles()).containsExactly(Role.FACILITATING_PARTNER);
          assertThat(f.parties()).extracting(PartyId::value).containsExactly("rvo", "rws", "rvb");
        });
  }

  @Test
  void theDealReadsBackEqualFromYamlAndJson() {
    assertThat(DealFiles.read("deal.yaml", DealFiles.toYaml(DEAL))).isEqualTo(DEAL);
    assertThat(DealFiles.read("deal.json", DealFiles.toJson(DEAL))).isEqualTo(DEAL);
  }

  @Test
  void withoutKnownDealsTheEnglishIsTheDutch() {
    Deal plain = AgreementImporter.knowing(List.of()).signedOn(java.time.LocalDate.of(2018, 6, 7))
        .read("gdci.txt", AgreementTexts.resource(AgreementTexts.GDCI)).deal();
    assertThat(plain.title().en()).isEqualTo("Green Deal Circulair Inkopen 2.0");
    assertThat(plain.commitments().get(0).text().en())
        .isEqualTo(plain.commitments().get(0).text().nl());
    assertThat(plain.number()).isEmpty();
    assertThat(plain.units()).extracting(u -> u.id().value())
        .containsExactly("rijksdienst-voor-ondernemend-nederland", "rijkswaterstaat",
            "rijksvastgoedbedrijf");
  }

  private static String id(String name) {
    return DEAL.parties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow()
        .id().value();
  }

  private static String parentName(Deal deal, OrganisationalUnit unit) {
    return deal.party(unit.partOf()).orElseThrow().name();
  }

  private static List<String> names(Deal deal, Commitment commitment) {
    return commitment.binds().parties().stream()
        .map(id -> deal.unit(id).map(OrganisationalUnit::name)
            .orElseGet(() -> deal.party(id).orElseThrow().name()))
        .toList();
  }

  private static Object criterion(String code) {
    return DEAL.commitment(org.greendeal.model.CommitmentId.of(code)).orElseThrow().criterion();
  }

  private static Object builtIn(String code) {
    return BUILT_IN.commitment(org.greendeal.model.CommitmentId.of(code)).orElseThrow()
        .criterion();
  }
}
