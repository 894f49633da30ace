package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.greendeal.model.Language;
import org.greendeal.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML report as a person sees it: rendered by real headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}, driven by Selenium; nothing is downloaded). Writes
 * {@code target/report.html}, {@code target/report.png} (the top of the page),
 * {@code target/report-party.png} (one scorecard) and {@code target/report.pdf} (the print view).
 *
 * <p>Without Chromium on the {@code PATH} the test is skipped, saying what to install (failed
 * under {@code CI=true}).
 */
class HtmlReportInBrowserTest {
  private static final Path TARGET = Path.of("target");

  private static Path profile;
  private static ChromeDriver driver;
  private static int parties;

  @BeforeAll
  static void openReportInChromium() throws IOException {
    HeadlessChromium chromium = HeadlessChromium.require();
    // The driver is given: Selenium Manager never runs, so nothing is downloaded or reported.
    System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
    System.setProperty("SE_AVOID_STATS", "true");

    var report = HtmlFixtures.report(true);
    parties = report.parties().size();
    Files.createDirectories(TARGET);
    Path html = TARGET.resolve("report.html").toAbsolutePath();
    Files.writeString(html, HtmlFixtures.html(report, Language.NL), StandardCharsets.UTF_8);

    profile = Files.createTempDirectory("greendeal-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.browser().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1600", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.get(html.toUri().toString());
  }

  @AfterAll
  static void closeChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void pageOpensWithItsTitleAndLanguage() {
    assertThat(driver.getTitle()).startsWith("Voortgangsrapportage: Green Deal Circulair Inkopen 2.0");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    assertThat(driver.findElement(By.cssSelector("p.warning")).isDisplayed()).isTrue();
  }

  @Test
  void chartsRenderWithSizeAndTextAlternatives() {
    List<WebElement> charts = driver.findElements(By.cssSelector("svg[role=img]"));
    assertThat(charts).hasSize(2 + parties);
    for (WebElement chart : charts) {
      assertThat(chart.getAttribute("aria-label")).isNotBlank();
      assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
      assertThat(chart.isDisplayed()).isTrue();
      assertThat(chart.getSize().getWidth()).isPositive();
      assertThat(chart.getSize().getHeight()).isPositive();
    }
    WebElement roles = driver.findElement(By.cssSelector("svg.role-chart"));
    List<WebElement> segments = roles.findElements(By.cssSelector("rect.seg"));
    assertThat(segments).isNotEmpty()
        .allSatisfy(s -> assertThat(s.getRect().getWidth()).isPositive());
    // the stylesheet's status colours reach the SVG shapes
    assertThat(roles.findElement(By.cssSelector("rect.st-met")).getCssValue("fill"))
        .isEqualTo("rgb(27, 94, 32)");
    assertThat(roles.findElement(By.cssSelector("rect.st-not-met")).getCssValue("fill"))
        .isEqualTo("rgb(198, 40, 40)");
    List<WebElement> years = driver.findElements(By.cssSelector("svg.timeline-chart rect.year-bar"));
    assertThat(years).hasSize(3)
        .allSatisfy(bar -> assertThat(bar.getRect().getHeight()).isPositive());
  }

  @Test
  void scorecardOfProvinceOfUtrechtIsVisible() {
    WebElement card = driver.findElement(By.id("party-provincie-utrecht"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", card);
    assertThat(card.isDisplayed()).isTrue();
    WebElement ip1 = card.findElement(By.xpath(".//tr[td[1][normalize-space()='IP-1']]"));
    assertThat(ip1.isDisplayed()).isTrue();
    assertThat(ip1.getText()).contains("behaald", "2 / 2", "pu-1, pu-2");
    WebElement progress = card.findElement(By.cssSelector("svg.progress"));
    assertThat(progress.getSize().getWidth()).isPositive();
    assertThat(progress.getAttribute("aria-label")).startsWith("Voortgangsbalk Provincie Utrecht: ");
    writePng("report-party.png", card.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void hostileEvidenceStaysText() {
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.findElement(By.id("trajectories")).getText())
        .contains("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
  }

  @Test
  void tablesFitTheWindowAndThePageHasNoConsoleErrors() {
    Object overflow = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).isEmpty();
  }

  @Test
  void pagePrints() throws IOException {
    String pdf = ((PrintsPage) driver).print(new PrintOptions()).getContent();
    byte[] bytes = Base64.getDecoder().decode(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Files.write(TARGET.resolve("report.pdf"), bytes);
  }

  @Test
  void screenshotOfTheTopOfThePage() {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    writePng("report.png", driver.getScreenshotAs(OutputType.BYTES));
    assertThat(TARGET.resolve("report.png")).isNotEmptyFile();
  }

  private static void writePng(String name, byte[] png) {
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).as("a PNG").isEqualTo("PNG");
    try {
      Files.write(TARGET.resolve(name), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
