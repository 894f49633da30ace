package org.greendeal.imports.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts the importer cannot read are refused whole, every problem located by line and column. */
class AgreementRefusalTest {
  private static final AgreementImporter IMPORTER = AgreementImporter.knowing(List.of());
  private static final String SMALL = AgreementTexts.small("Partijen delen kennis.");

  @Test
  void aTextWithoutInzetEnActiesIsRefusedNamingTheSection() {
    String text = SMALL.replace("Inzet en acties partijen\n-- Partijen delen kennis.\n", "");
    assertThat(problems(text)).containsExactly("a.txt:1:1: Inzet en acties: no section \"Inzet"
        + " en acties\" (the commitments); expected a heading such as \"Inzet en acties"
        + " partijen\" followed by one bullet \"-- ...\" per commitment");
  }

  @Test
  void anInzetEnActiesSectionWithoutCommitmentsIsRefusedAtItsHeading() {
    String text = SMALL.replace("-- Partijen delen kennis.\n", "");
    assertThat(problems(text)).singleElement().asString()
        .startsWith("a.txt:12:1: Inzet en acties partijen: holds no commitments");
  }

  @Test
  void anEmptyTextIsRefused() {
    assertThat(problems(" \n\r\n\f")).singleElement().asString()
        .startsWith("a.txt:1:1: the text is empty");
  }

  @Test
  void aTextWithoutAnnexIsRefused() {
    String text = SMALL.substring(0, SMALL.indexOf("Bijlage 1"));
    assertThat(problems(text)).singleElement().asString()
        .startsWith("a.txt:1:1: Bijlage: no annex that lists the parties");
  }

  @Test
  void aTextWithoutEndDateIsRefused() {
    String text = SMALL.replace("Einddatum: 31 december 2021.", "");
    assertThat(problems(text)).containsExactly("a.txt:1:1: Einddatum: no end date; expected a"
        + " line such as \"Einddatum: 31 december 2020\"");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWhereItStands() {
    String text = SMALL.replace("31 december 2021", "31 februari 2021");
    assertThat(problems(text)).containsExactly("a.txt:9:12: Einddatum: \"31 februari 2021\" is"
        + " not a date; expected a day that exists, such as 31 december 2020");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    String text = SMALL.replace("Einddatum: 31 december 2021.", "")
        .replace("Inzet en acties partijen\n-- Partijen delen kennis.\n", "");
    assertThat(problems(text)).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("Einddatum: no end date"))
        .anySatisfy(p -> assertThat(p).contains("Inzet en acties: no section"));
  }

  @Test
  void aPartyAboveEveryRoleHeadingIsRefused() {
    String text = SMALL.replace("Bijlage 1 Alle betrokken partijen\n",
        "Bijlage 1 Alle betrokken partijen\n-- Stichting Zonder Rol\n");
    assertThat(problems(text)).singleElement().asString().startsWith("a.txt:16:1: Bijlage 1"
        + " Alle betrokken partijen: \"Stichting Zonder Rol\" has no role heading above it");
  }

  @Test
  void aPartyListedTwiceIsRefused() {
    String text = SMALL.replace("-- Vereniging Proef", "-- Stichting  voorbeeld");
    assertThat(problems(text)).singleElement().asString().isEqualTo("a.txt:18:1: Bijlage 1 Alle"
        + " betrokken partijen: \"Stichting voorbeeld\" is listed twice (also at line 17 as"
        + " \"Stichting Voorbeeld\"); expected each party once");
  }

  @Test
  void aCommitmentOfARoleTheAnnexLacksIsRefused() {
    String text = AgreementTexts.small("Kennispartners delen kennis.")
        .replace("Kennispartners\n-- Kennisbureau Een\n-- Kennisbureau Twee\n\n", "");
    assertThat(problems(text)).singleElement().asString().isEqualTo("a.txt:13:1: KP-1: binds the"
        + " Kennispartners (KNOWLEDGE_PARTNER), but the annex lists none; expected a role heading"
        + " \"Kennispartners\" with its parties in the annex");
  }

  @Test
  void aTextWithoutDateToStartFromIsRefusedSayingHowToGiveOne() {
    String text = SMALL.replace("Ondertekend te Den Haag op 1 maart 2019.", "");
    assertThat(problems(text)).singleElement().asString().startsWith("a.txt:1:1: term.start: no"
        + " signing or start date").contains("--signed YYYY-MM-DD");
  }

  @Test
  void aSigningDateAfterTheEndIsRefused() {
    assertThatThrownBy(() -> IMPORTER.signedOn(LocalDate.of(2022, 1, 1)).read("a.txt", SMALL))
        .isInstanceOf(InputException.class)
        .hasMessage("a.txt:9:12: Einddatum: the term would start on 2022-01-01, after its end"
            + " 2021-12-31; expected a start on or before the end");
  }

  @Test
  void twoPartiesWithTheSameAbbreviationAreRefused() {
    String text = SMALL.replace("-- Stichting Voorbeeld\n-- Vereniging Proef",
        "-- Stichting Voorbeeld (SV)\n-- Vereniging Proef (SV)");
    assertThat(problems(text)).singleElement().asString().startsWith("a.txt:1:1: deal: ")
        .contains("\"SV\"");
  }

  @Test
  void aMissingFileADirectoryAndAFileThatIsNotUtf8AreRefused(@TempDir Path dir)
      throws IOException {
    assertThat(fileProblems(dir.resolve("missing.txt")))
        .containsExactly(dir.resolve("missing.txt") + ": file not found");
    assertThat(fileProblems(dir)).containsExactly(dir + ": is a directory; expected a text file");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Green Deal\nCoöperatie\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(fileProblems(latin1)).singleElement().asString()
        .startsWith(latin1 + ":2:3: not UTF-8");
  }

  @Test
  void aFileIsReadAsUtf8() throws IOException {
    Path file = Files.createTempFile("agreement", ".txt");
    try {
      Files.writeString(file, "\uFEFF" + SMALL, StandardCharsets.UTF_8);
      assertThat(IMPORTER.read(file).deal().parties()).hasSize(8);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aDealIdMustBeLowerCaseLettersDigitsDotsAndHyphens() {
    assertThatThrownBy(() -> IMPORTER.withDealId("Mijn Deal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mijn Deal");
    assertThat(IMPORTER.withDealId("gd-voorbeeld.1").read("a.txt", SMALL).deal().id())
        .isEqualTo("gd-voorbeeld.1");
  }

  private static List<String> problems(String text) {
    try {
      IMPORTER.read("a.txt", text);
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the text to be refused");
  }

  private static List<String> fileProblems(Path file) {
    try {
      IMPORTER.read(file);
    } catch (InputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    return fail("expected the file to be refused");
  }
}
