package org.greendeal.testsummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.testsummary.SkippedTests.Skip;
import org.junit.jupiter.api.Test;

class SkippedTestsTest {
  private static Path report(String name) throws URISyntaxException {
    return Path.of(SkippedTestsTest.class.getResource("/" + name).toURI());
  }

  @Test
  void anAbortedTestIsReadWithTheReasonItsAssumptionGave() throws Exception {
    assertThat(SkippedTests.skipsIn(report("TEST-org.greendeal.store.PostgresStoreTest.xml")))
        .containsExactly(
            new Skip("PostgresStoreTest", "GREENDEAL_TEST_POSTGRES_URL is not set"),
            new Skip("PostgresStoreTest", "GREENDEAL_TEST_POSTGRES_URL is not set"));
  }

  @Test
  void aSkippedTestIsReadWithItsMessage() throws Exception {
    assertThat(SkippedTests.skipsIn(report("TEST-org.greendeal.web.PagesInBrowserTest.xml")))
        .containsExactly(
            new Skip("PagesInBrowserTest", "no headless Chromium: chromium is not on the PATH"));
  }

  @Test
  void oneLoudLineNamesEachClassWithItsCountAndReasonAndHowToRunThem() throws Exception {
    List<Skip> skips = new ArrayList<>();
    skips.addAll(SkippedTests.skipsIn(report("TEST-org.greendeal.store.PostgresStoreTest.xml")));
    skips.addAll(SkippedTests.skipsIn(report("TEST-org.greendeal.web.PagesInBrowserTest.xml")));
    assertThat(SkippedTests.line(skips))
        .doesNotContain("\n")
        .startsWith("[WARNING] SKIPPED 3 tests, not run: ")
        .contains("PostgresStoreTest (2): GREENDEAL_TEST_POSTGRES_URL is not set")
        .contains("PagesInBrowserTest (1): no headless Chromium: chromium is not on the PATH")
        .contains("run ./test");
  }

  @Test
  void withoutSkipsTheLineSaysSo() {
    assertThat(SkippedTests.line(List.of())).isEqualTo("[INFO] No test was skipped.");
  }
}
