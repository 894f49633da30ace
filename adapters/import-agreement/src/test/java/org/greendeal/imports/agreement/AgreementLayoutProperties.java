package org.greendeal.imports.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.greendeal.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * The layout of an agreement text does not change the deal read from it: lines re-wrapped at any
 * width, CRLF line ends, blank lines anywhere, page breaks and spaces at either end of a line give
 * the deal (and the warnings, but for their lines) of the shared text as the PDF extract has it.
 *
 * <p>The layouts are made from a copy of the text with one line per item (a heading, a bullet, a
 * paragraph), so that the re-wrapping here does not rely on the importer's own idea of an item.
 */
class AgreementLayoutProperties {
  private static final Set<String> HEADINGS = Set.of("Betrokken partijen",
      "Omschrijving initiatief", "Resultaten", "Inzet en acties partijen",
      "Inzet en acties Rijksoverheid", "Bijlage 1 Alle betrokken partijen",
      "Faciliterende partners", "Kennispartners", "Inkopende deelnemers", "Rijksoverheid");
  private static final List<String> ITEMS = AgreementTexts.resource(AgreementTexts.GDCI_ONE_LINE)
      .lines().filter(l -> !l.isBlank()).toList();
  private static final AgreementImport EXPECTED =
      read(AgreementTexts.resource(AgreementTexts.GDCI));

  @Test
  void theOneLinePerItemCopyReadsAsTheExtract() {
    assertSameAsExtract(read(String.join("\n\n", ITEMS)));
  }

  @Test
  void rewrappingAtAnyWidthDoesNotChangeTheDeal() {
    qt().withExamples(150).forAll(integers().between(20, 160), longs().all())
        .checkAssert((width, seed) -> assertSameAsExtract(read(layout(width, seed, 0, false,
            false))));
  }

  @Test
  void crlfLineEndsPageBreaksAndSpacesDoNotChangeTheDeal() {
    qt().withExamples(100).forAll(integers().between(20, 160), longs().all())
        .checkAssert((width, seed) -> assertSameAsExtract(read(layout(width, seed, 0, true,
            true))));
  }

  @Test
  void extraBlankLinesDoNotChangeTheDeal() {
    qt().withExamples(100).forAll(integers().between(20, 160), longs().all())
        .checkAssert((width, seed) -> assertSameAsExtract(read(layout(width, seed, 3, false,
            false))));
  }

  @Test
  void allOfItAtOnceDoesNotChangeTheDeal() {
    qt().withExamples(100).forAll(integers().between(20, 160), longs().all())
        .checkAssert((width, seed) -> assertSameAsExtract(read(layout(width, seed, 3, true,
            true))));
  }

  private static AgreementImport read(String text) {
    return AgreementImporter.standard().read("gdci.txt", text);
  }

  private static void assertSameAsExtract(AgreementImport actual) {
    assertThat(actual.deal()).isEqualTo(EXPECTED.deal());
    assertThat(messages(actual.warnings())).isEqualTo(messages(EXPECTED.warnings()));
  }

  private static List<String> messages(List<Problem> warnings) {
    return warnings.stream().map(w -> w.field() + ": " + w.message()).toList();
  }

  /**
   * The text laid out anew: each item wrapped at {@code width}, up to {@code blanks} blank lines
   * between any two lines (inside items too), with {@code crlf} line ends mixed at random, and with
   * {@code pageBreaks} a form feed before some headings and spaces or tabs around some lines.
   */
  static String layout(int width, long seed, int blanks, boolean crlf, boolean pageBreaks) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (String item : ITEMS) {
      List<String> pieces = HEADINGS.contains(item) ? List.of(item) : wrap(item, width);
      for (String piece : pieces) {
        for (int i = random.nextInt(blanks + 1); i > 0; i--) {
          lines.add("");
        }
        lines.add(pageBreaks ? dress(piece, HEADINGS.contains(item), random) : piece);
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(crlf && random.nextBoolean() ? "\r\n" : "\n");
    }
    return text.toString();
  }

  private static String dress(String line, boolean heading, Random random) {
    String before = heading && random.nextInt(3) == 0 ? "\f" : "";
    String[] spaces = {"", " ", "  ", "\t", " \u00A0"};
    return before + spaces[random.nextInt(spaces.length)] + line
        + spaces[random.nextInt(spaces.length)];
  }

  private static List<String> wrap(String item, int width) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String word : item.split(" ")) {
      if (piece.length() > 0 && piece.length() + 1 + word.length() > width) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      piece.append(piece.length() > 0 ? " " : "").append(word);
    }
    pieces.add(piece.toString());
    return pieces;
  }
}
