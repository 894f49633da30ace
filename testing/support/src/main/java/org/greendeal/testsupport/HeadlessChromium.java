package org.greendeal.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium} and its {@code chromedriver} (package {@code chromium-driver}), found on
 * the {@code PATH}, for tests that look at pages in a real headless browser. Nothing is downloaded:
 * a test names both programs to Selenium, so Selenium Manager never runs.
 *
 * @param browser the {@code chromium} program
 * @param driver the {@code chromedriver} program
 */
public record HeadlessChromium(Path browser, Path driver) {
  private static final String HOW_TO_INSTALL = "Debian's chromium and chromium-driver "
      + "(apt-get install chromium chromium-driver; ./test installs them)";

  /**
   * Both programs, or the calling test skipped (failed under {@code CI=true}) saying how to install
   * them. Call it from a {@code @BeforeAll} or {@code @BeforeEach} method.
   */
  public static HeadlessChromium require() {
    Optional<Path> browser = onPath("chromium");
    Optional<Path> driver = onPath("chromedriver");
    Prerequisite.require(browser.isPresent() && driver.isPresent(),
        "no headless Chromium: " + (browser.isEmpty() ? "chromium" : "chromedriver")
            + " is not on the PATH; install " + HOW_TO_INSTALL);
    return new HeadlessChromium(browser.orElseThrow(), driver.orElseThrow());
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(path)
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
