package org.greendeal.imports.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greendeal.io.Problem;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * How the wording of small, illustrative agreement texts becomes commitments, parties and term:
 * subjects, obligations, quantities, deadlines and criteria, and the warnings for what the
 * importer cannot classify.
 */
class AgreementWordingTest {
  private static final AgreementImporter IMPORTER = AgreementImporter.knowing(List.of());

  @Test
  void elkeInkopendeDeelnemerStartMinimaalDrieTrajectenIsAResultOfThreeTrajectoriesAtTermEnd() {
    Commitment c = only("Elke inkopende deelnemer start tijdens de looptijd minimaal drie"
        + " circulaire inkooptrajecten.");
    assertThat(c.id()).isEqualTo(CommitmentId.of("IP-1"));
    assertThat(c.binds().roles()).containsExactly(Role.PROCURING_PARTICIPANT);
    assertThat(c.binds().scope()).isEqualTo(Scope.EACH);
    assertThat(c.obligation()).isEqualTo(Obligation.RESULT);
    assertThat(c.due()).contains(LocalDate.of(2021, 12, 31));
    assertThat(c.criterion()).isEqualTo(Criterion.AtLeast.of(3, RecordType.TRAJECTORY,
        Condition.always()));
  }

  @Test
  void maximaalEenBedragPerJaarIsALimitOnTheYearlyContributions() {
    Commitment c = only("Inkopende deelnemers dragen jaarlijks maximaal € 2.500,50 bij aan de"
        + " activiteiten.");
    assertThat(c.obligation()).isEqualTo(Obligation.LIMIT);
    assertThat(c.criterion()).isEqualTo(new Criterion.SumPerYearAtMost(RecordType.CONTRIBUTION,
        "amountEur", new BigDecimal("2500.50")));
  }

  @Test
  void kennispartnersBegeleidenTenMinsteEenWerkgroepIsAResultOfOneGuidedGroup() {
    Commitment c = only("Kennispartners begeleiden ieder ten minste één werkgroep.");
    assertThat(c.id()).isEqualTo(CommitmentId.of("KP-1"));
    assertThat(AgreementTexts.quantities(c.criterion())).containsExactly(BigDecimal.ONE);
    assertThat(((Criterion.AtLeast) c.criterion()).partyField()).contains("guidedBy");
  }

  @Test
  void deadlinesComeFromTheWordingElseTheTermsEnd() {
    assertThat(only("Uiterlijk in 2020 zorgen de inkopende deelnemers voor aantoonbare"
        + " integratie in hun inkoopbeleid.").due()).contains(LocalDate.of(2020, 12, 31));
    assertThat(only("Faciliterende partners wijzen uiterlijk op 1 juli 2019 leden voor het"
        + " projectteam aan.").due()).contains(LocalDate.of(2019, 7, 1));
    assertThat(only("Faciliterende partners wijzen vóór 1 januari 2020 leden voor het"
        + " projectteam aan.").due()).contains(LocalDate.of(2019, 12, 31));
    assertThat(only("Faciliterende partners wijzen leden voor het projectteam aan.").due())
        .contains(LocalDate.of(2021, 12, 31));
  }

  @Test
  void aProhibitionInABulletBindsItsSubject() {
    Commitment c = only("Kennispartners delen geen concurrentiegevoelige informatie.");
    assertThat(c.id()).isEqualTo(CommitmentId.of("KP-1"));
    assertThat(c.obligation()).isEqualTo(Obligation.PROHIBITION);
    assertThat(c.criterion()).isEqualTo(new Criterion.NoneMatching(RecordType.KNOWLEDGE_ITEM,
        new Condition.Equals("sensitivity", "COMPETITION")));
  }

  @Test
  void partijenBindEveryRoleAndDeRijksoverheidBindsTheGovernmentTogether() {
    Deal deal = read("Partijen spannen zich in om kennis te delen.",
        "De Rijksoverheid zet zich in om belemmeringen weg te nemen.");
    assertThat(deal.commitments().get(0).binds().roles()).containsExactly(
        Role.FACILITATING_PARTNER, Role.KNOWLEDGE_PARTNER, Role.PROCURING_PARTICIPANT,
        Role.NATIONAL_GOVERNMENT);
    Commitment government = deal.commitments().get(1);
    assertThat(government.id()).isEqualTo(CommitmentId.of("R-1"));
    assertThat(government.binds().scope()).isEqualTo(Scope.TOGETHER);
    assertThat(government.criterion()).isEqualTo(Criterion.AtLeast.of(1, RecordType.BARRIER,
        Condition.always()));
  }

  @Test
  void wordingWithoutAKindIsKeptAsAnEffortAndWarnedAbout() {
    AgreementImport result = IMPORTER.read("illustratief.txt",
        AgreementTexts.small("Kennispartners houden een logboek bij."));
    Commitment c = result.deal().commitments().get(0);
    assertThat(c.obligation()).isEqualTo(Obligation.EFFORT);
    assertThat(c.criterion()).isEqualTo(new Criterion.EffortRecord());
    assertThat(warnings(result)).singleElement().asString()
        .startsWith("illustratief.txt:13:1: KP-1: no wording says what kind of promise this is")
        .contains("kept as EFFORT, judged by an effort record");
  }

  @Test
  void aResultOrLimitWithoutACriterionIsKeptAsAnEffortAndWarnedAbout() {
    AgreementImport result = IMPORTER.read("illustratief.txt", AgreementTexts.small(
        "Kennispartners schrijven minimaal twee artikelen.",
        "Inkopende deelnemers starten minimaal 0 trajecten.",
        "Faciliterende partners besteden maximaal tien dagen aan de Green Deal."));
    assertThat(result.deal().commitments()).extracting(Commitment::obligation)
        .containsOnly(Obligation.EFFORT);
    assertThat(warnings(result)).hasSize(3)
        .anySatisfy(w -> assertThat(w).contains("KP-1: it reads as a RESULT"))
        .anySatisfy(w -> assertThat(w).contains("IP-1: it reads as a RESULT"))
        .anySatisfy(w -> assertThat(w).contains("FP-1: it reads as a LIMIT")
            .contains("a LIMIT needs an amount per year"));
  }

  @Test
  void aBulletWithoutSubjectIsBoundAsItsHeadingSaysAndWarnedAbout() {
    AgreementImport result = IMPORTER.read("illustratief.txt",
        AgreementTexts.small("Er wordt jaarlijks geëvalueerd hoe het gaat."));
    assertThat(result.deal().commitments().get(0).id()).isEqualTo(CommitmentId.of("P-1"));
    assertThat(warnings(result)).anySatisfy(w -> assertThat(w).contains("no subject recognised"));
  }

  @Test
  void aHeaderCountThatDisagreesWithTheAnnexIsWarnedAboutAndKept() {
    AgreementImport result = IMPORTER.read("illustratief.txt", AgreementTexts.small(
        List.of("2 faciliterende partners", "drie kennispartners", "2 inkopende deelnemers",
            "Rijksoverheid"),
        List.of("Partijen delen kennis.")));
    assertThat(result.deal().statedCounts()).containsEntry(Role.KNOWLEDGE_PARTNER, 3)
        .doesNotContainKey(Role.NATIONAL_GOVERNMENT);
    assertThat(warnings(result)).singleElement().asString().startsWith(
        "illustratief.txt:5:1: Betrokken partijen: promises 3 kennispartners, but the annex"
            + " lists 2");
  }

  @Test
  void theSigningDateOfTheTextStartsTheTermAndAGivenDateWins() {
    Deal deal = read("Partijen delen kennis.");
    assertThat(deal.signed()).contains(LocalDate.of(2019, 3, 1));
    assertThat(deal.term().start()).isEqualTo(LocalDate.of(2019, 3, 1));
    AgreementImport given = IMPORTER.signedOn(LocalDate.of(2019, 3, 4))
        .read("illustratief.txt", AgreementTexts.small("Partijen delen kennis."));
    assertThat(given.deal().term().start()).isEqualTo(LocalDate.of(2019, 3, 4));
    assertThat(warnings(given)).singleElement().asString().contains("the text says signed on"
        + " 2019-03-01; the signing date given, 2019-03-04, is used instead");
  }

  @Test
  void anIngangsdatumStartsTheTermWithoutASigningDate() {
    String text = AgreementTexts.small("Partijen delen kennis.")
        .replace("Ondertekend te Den Haag op 1 maart 2019.", "Ingangsdatum: 1 april 2019");
    Deal deal = IMPORTER.read("illustratief.txt", text).deal();
    assertThat(deal.term().start()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(deal.signed()).isEmpty();
  }

  @Test
  void unitsFindTheirMinistryByItsAbbreviationOrInitials() {
    String text = AgreementTexts.small("Bij de Rijksoverheid worden vanuit Rijkswaterstaat van"
            + " IenW en de Dienst Voorbeeld van LNV leden voor het projectteam aangewezen.")
        .replace("-- Ministerie van Economische Zaken en Klimaat (EZK)",
            "-- Ministerie van Landbouw, Natuur en Voedselkwaliteit");
    AgreementImport result = IMPORTER.read("illustratief.txt", text);
    Deal deal = result.deal();
    assertThat(deal.unit(PartyId.of("rijkswaterstaat")).orElseThrow().partOf())
        .isEqualTo(PartyId.of("ienw"));
    assertThat(deal.unit(PartyId.of("dienst-voorbeeld")).orElseThrow().partOf())
        .isEqualTo(PartyId.of("lnv"));
    assertThat(deal.party(PartyId.of("lnv")).orElseThrow().aliases())
        .contains("LNV", "Landbouw, Natuur en Voedselkwaliteit");
    assertThat(deal.commitments().get(0).binds().parties()).extracting(PartyId::value)
        .containsExactly("rijkswaterstaat", "dienst-voorbeeld");
    assertThat(deal.commitments().get(0).obligation()).isEqualTo(Obligation.RESULT);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aUnitOfNoPartyOfTheAnnexIsWarnedAboutAndTheGovernmentIsBoundTogether() {
    AgreementImport result = IMPORTER.read("illustratief.txt", AgreementTexts.small(
        "Bij de Rijksoverheid worden vanuit de Dienst Voorbeeld van OCW leden voor het"
            + " projectteam aangewezen."));
    Commitment c = result.deal().commitments().get(0);
    assertThat(c.binds().roles()).containsExactly(Role.NATIONAL_GOVERNMENT);
    assertThat(c.binds().scope()).isEqualTo(Scope.TOGETHER);
    assertThat(result.deal().units()).isEmpty();
    assertThat(warnings(result)).hasSize(2)
        .anySatisfy(w -> assertThat(w).contains("belongs to \"OCW\", which is no party"))
        .anySatisfy(w -> assertThat(w).contains("R-1: none of the units"));
  }

  @Test
  void anAnnexWithoutBulletsListsOnePartyPerLine() {
    String text = AgreementTexts.small("Partijen delen kennis.")
        .replace("-- Gemeente Voorbeeldstad\n-- Provincie Proefland",
            "Gemeente Voorbeeldstad\nProvincie Proefland");
    Deal deal = IMPORTER.read("illustratief.txt", text).deal();
    assertThat(deal.partiesWith(Role.PROCURING_PARTICIPANT)).extracting(PartyId::value)
        .containsExactly("gemeente-voorbeeldstad", "provincie-proefland");
  }

  @Test
  void namesThatMakeTheSameIdGetANumberAndAWarning() {
    String text = AgreementTexts.small("Partijen delen kennis.")
        .replace("-- Kennisbureau Een\n-- Kennisbureau Twee",
            "-- Kennisbureau Δ\n-- Kennisbureau Σ");
    AgreementImport result = IMPORTER.read("illustratief.txt", text);
    assertThat(result.deal().partiesWith(Role.KNOWLEDGE_PARTNER)).extracting(PartyId::value)
        .containsExactly("kennisbureau", "kennisbureau-2");
    assertThat(warnings(result)).singleElement().asString().isEqualTo("illustratief.txt:22:1:"
        + " Bijlage 1 Alle betrokken partijen: \"Kennisbureau Σ\" would have the id"
        + " \"kennisbureau\", which is taken; it has \"kennisbureau-2\"");
  }

  private static Commitment only(String bullet) {
    return read(bullet).commitments().get(0);
  }

  private static Deal read(String... bullets) {
    return IMPORTER.read("illustratief.txt", AgreementTexts.small(bullets)).deal();
  }

  private static List<String> warnings(AgreementImport result) {
    return result.warnings().stream().map(Problem::toString).toList();
  }
}
