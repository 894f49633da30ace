package org.greendeal.imports.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.greendeal.io.DealFiles;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * Whatever text it is given, the importer either reads a deal that a deal file can hold, or
 * refuses the text with located problems; it never fails otherwise.
 */
class AgreementHostileInputProperties {
  private static final List<String> LINES =
      AgreementTexts.resource(AgreementTexts.GDCI).lines().toList();

  @Test
  void anyTextIsReadOrRefusedWithLocatedProblems() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(AgreementHostileInputProperties::readOrRefused);
  }

  @Test
  void theAgreementWithLinesDroppedOrRepeatedIsReadOrRefused() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 30))
        .checkAssert((seed, changes) -> readOrRefused(mutate(seed, changes)));
  }

  @Test
  void linesOfTheAgreementInAnyOrderAreReadOrRefused() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, LINES.size() - 1)).ofSizeBetween(0, 200))
        .checkAssert(picks -> readOrRefused(String.join("\n",
            picks.stream().map(LINES::get).toList())));
  }

  private static String mutate(long seed, int changes) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(LINES);
    for (int i = 0; i < changes && !lines.isEmpty(); i++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(3)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
        default -> lines.set(at, lines.get(at).substring(0, random.nextInt(
            lines.get(at).length() + 1)));
      }
    }
    return String.join("\n", lines);
  }

  private static void readOrRefused(String text) {
    AgreementImport result;
    try {
      result = AgreementImporter.standard().read("any.txt", text);
    } catch (InputException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
        assertThat(p.file()).isEqualTo("any.txt");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).isNotBlank();
      });
      return;
    }
    assertThat(result.warnings()).extracting(Problem::file).containsOnly("any.txt");
    assertThat(DealFiles.read("deal.yaml", DealFiles.toYaml(result.deal())))
        .isEqualTo(result.deal());
  }
}
