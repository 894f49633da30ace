package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.io.InputFailures.problems;

import java.nio.file.Path;
import org.greendeal.model.Deal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealCatalogTest {
  private final DealCatalog catalog = DealCatalog.standard();

  @Test
  void theStandardCatalogueKnowsTheBuiltInDeal() {
    assertThat(catalog.ids()).containsExactly(DealCatalog.BUILT_IN);
    Deal builtIn = catalog.builtIn();
    assertThat(builtIn.id()).isEqualTo("gdci-2.0");
    assertThat(catalog.resolve("gdci-2.0")).isSameAs(builtIn);
  }

  @Test
  void aPathResolvesToTheDealInThatFile() {
    Path file = EvidenceFilesTest.fixture("deals/small-deal.yaml");
    assertThat(catalog.resolve(file.toString())).isEqualTo(DealFiles.read(file));
  }

  @Test
  void anUnknownIdIsRefusedWithTheKnownIds() {
    assertThat(problems(() -> catalog.resolve("gdci-3.0"))).containsExactly("gdci-3.0: unknown"
        + " deal; expected the id of a known deal (gdci-2.0) or the path of a deal file");
  }

  @Test
  void aMissingDealFileIsRefusedAsNotFound(@TempDir Path dir) {
    Path missing = dir.resolve("deal.yaml");
    assertThat(problems(() -> catalog.resolve(missing.toString())))
        .containsExactly(missing + ": file not found");
  }
}
