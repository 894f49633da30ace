package org.greendeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.greendeal.store.StoredRecord;
import org.greendeal.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person uses them: real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, driven by Selenium; nothing is downloaded) against the real web host on
 * an ephemeral loopback port, over an H2 database in a temporary folder with the demo evidence.
 * One browser and one server serve the whole class; each test starts without cookies. Writes
 * {@code target/web-dashboard.png}, {@code target/web-party.png} and
 * {@code target/web-form-errors.png} and {@code target/web-dashboard-narrow.png} (whole pages; the
 * last at a phone's width).
 *
 * <p>Without Chromium on the {@code PATH} the tests are skipped, saying what to install (failed
 * under {@code CI=true}).
 */
class PagesInBrowserTest {
  private static final Path TARGET = Path.of("target");
  private static final String WAGENINGEN = "gemeente-wageningen";

  private static TestHost host;
  private static String base;
  private static Path profile;
  private static ChromeDriver driver;

  @BeforeAll
  static void startHostAndChromium() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    // The driver is given: Selenium Manager never runs, so nothing is downloaded or reported.
    System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
    System.setProperty("SE_AVOID_STATS", "true");

    host = new TestHost();
    base = "http://127.0.0.1:" + host.server.port();
    // Gemeente Wageningen has one NEW trajectory in term: the demo's second one is withdrawn
    StoredRecord second = record("trajectories", "wag-2");
    host.store.evidence().delete("test", TestHost.DEAL, "trajectories", second.id(),
        second.version());

    Files.createDirectories(TARGET);
    profile = Files.createTempDirectory("greendeal-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.browser().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1600", "--hide-scrollbars",
        "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // the pages' language follows Accept-Language: Dutch, the site's own, as for its users
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void closeChromiumAndHost() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (host != null) {
      host.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Each test starts as the public: no session, no CSRF cookie, nothing in the console. */
  @BeforeEach
  void startAsThePublic() {
    open("/");
    driver.manage().deleteAllCookies();
    console();
  }

  // ---- a. a party adds a trajectory and sees its IP-1 finding change

  @Test
  void aPartyAddsATrajectoryThroughTheFormAndSeesItsIp1FindingChange() {
    logIn(host.party(WAGENINGEN));
    assertThat(driver.getCurrentUrl()).startsWith(base + "/parties/" + WAGENINGEN);
    assertThat(driver.findElement(By.id("viewer")).getText()).contains("Gemeente Wageningen");
    assertThat(finding("IP-1")).isEqualTo("NOT_MET");
    assertThat(row("IP-1").getText()).contains("wag-1").doesNotContain("wag-2");

    clickAndWait(By.id("add-trajectories"));
    assertThat(driver.findElement(By.id("field-party")).getDomProperty("value"))
        .isEqualTo(WAGENINGEN);
    type("id", "wag-browser");
    type("title", "Circulaire schoonmaakdienst");
    new Select(driver.findElement(By.id("field-kind"))).selectByValue("NEW");
    typeDate("started", LocalDate.of(2019, 9, 2));
    new Select(driver.findElement(By.id("field-status"))).selectByValue("RUNNING");
    type("strategies", "REDUCE, REUSE");
    clickAndWait(By.id("evidence-submit"));

    // the party's own page: its record counts at once in its own findings, unpublished
    assertThat(driver.getCurrentUrl()).startsWith(base + "/parties/" + WAGENINGEN + "?");
    assertThat(driver.findElement(By.id("saved")).isDisplayed()).isTrue();
    assertThat(finding("IP-1")).isEqualTo("MET");
    assertThat(row("IP-1").getText()).contains("wag-1", "wag-browser");
    StoredRecord stored = record("trajectories", "wag-browser");
    assertThat(stored.published()).isFalse();
    assertThat(stored.owner()).isEqualTo(WAGENINGEN);
    assertThat(stored.body()).contains("\"started\":\"2019-09-02\"", "\"REDUCE\"", "\"RUNNING\"");
    WebElement listed = driver.findElement(By.id("record-trajectories-" + stored.id()));
    assertThat(listed.getText()).contains("wag-browser: Circulaire schoonmaakdienst",
        "2019-09-02", "nee");

    // the public sees neither the record nor its effect until the project team publishes it
    driver.manage().deleteAllCookies();
    open("/parties/" + WAGENINGEN);
    assertThat(finding("IP-1")).isEqualTo("NOT_MET");
    assertThat(driver.getPageSource()).doesNotContain("Circulaire schoonmaakdienst");

    logIn(host.team);
    open("/review");
    WebElement waiting = driver.findElement(By.id("review-trajectories-" + stored.id()));
    clickAndWait(waiting.findElement(By.cssSelector("button[type=submit]")));
    assertThat(driver.findElements(By.id("review-trajectories-" + stored.id()))).isEmpty();

    driver.manage().deleteAllCookies();
    open("/parties/" + WAGENINGEN);
    assertThat(finding("IP-1")).isEqualTo("MET");
    assertThat(driver.findElement(By.id("record-trajectories-" + stored.id())).getText())
        .contains("Circulaire schoonmaakdienst", "ja");
  }

  // ---- b. a form error shows beside its field

  @Test
  void aFormErrorShowsBesideItsFieldAndNothingIsStored() throws IOException {
    logIn(host.party("ns"));
    int listedBefore = driver.findElements(By.cssSelector("tr[id^=record-trajectories-]")).size();
    String fingerprint = host.fingerprint();
    open("/evidence/trajectories/new?lang=en");
    type("id", "ns-incomplete");
    new Select(driver.findElement(By.id("field-kind"))).selectByValue("NEW");
    // no title, and a date typed only in part: the browser sends no date
    driver.findElement(By.id("field-started")).sendKeys("0412");
    clickAndWait(By.id("evidence-submit"));

    WebElement summary = driver.findElement(By.id("error-summary"));
    assertThat(summary.isDisplayed()).isTrue();
    assertThat(summary.getText()).contains("The record was not saved");
    for (String field : List.of("title", "started")) {
      WebElement input = driver.findElement(By.id("field-" + field));
      WebElement error = driver.findElement(By.id("error-" + field));
      WebElement wrapper = driver.findElement(By.id("wrap-" + field));
      assertThat(error.isDisplayed()).as(field).isTrue();
      assertThat(error.getText()).as(field).contains("required key is missing");
      assertThat(wrapper.findElements(By.id("error-" + field))).as(field).hasSize(1);
      assertThat(input.getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
      assertThat(input.getDomAttribute("aria-describedby")).as(field).contains("error-" + field);
      // beside its field: just above the input, under its label, in the field's own box
      WebElement label = wrapper.findElement(By.cssSelector("label[for=field-" + field + "]"));
      assertThat(error.getRect().getY()).as(field)
          .isGreaterThanOrEqualTo(label.getRect().getY() + label.getRect().getHeight() - 1)
          .isLessThan(input.getRect().getY());
      assertThat(summary.findElement(By.cssSelector("a[href='#field-" + field + "']")).getText())
          .as(field).isNotBlank();
    }
    screenshot("web-form-errors.png");
    assertThat(driver.findElements(By.id("error-id"))).isEmpty();
    assertThat(driver.findElement(By.id("field-id")).getDomProperty("value"))
        .isEqualTo("ns-incomplete");
    assertThat(host.fingerprint()).isEqualTo(fingerprint);

    open("/parties/ns");
    assertThat(driver.findElements(By.cssSelector("tr[id^=record-trajectories-]")))
        .hasSize(listedBefore);
    assertThat(driver.getPageSource()).doesNotContain("ns-incomplete");
  }

  // ---- c. the public never sees a flagged knowledge item

  @Test
  void thePublicPagesNeverShowAKnowledgeItemThatD1Flags() {
    List<String> forbidden = List.of("Prijsopbouw en marges", "inkoopprijzen en de marges",
        "Vragen over de circulaire uitvraag", "voor wegonderhoud", "circulair-inkopen@example.nl");
    for (String path : List.of("/", "/?lang=en", "/lessons", "/lessons?q=marges",
        "/lessons?q=mail", "/lessons?theme=Ketensamenwerking", "/lessons?theme=Infra%2FGWW",
        "/parties/pon", "/parties/provincie-zuid-holland", "/commitments/D-1",
        "/api/deals/gdci-2.0/report?format=html")) {
      open(path);
      String source = driver.getPageSource();
      for (String text : forbidden) {
        assertThat(source).as("%s shows %s", path, text).doesNotContain(text);
      }
    }
    // the flagged items still count: D-1 is violated, naming the items' ids only
    open("/commitments/D-1");
    assertThat(driver.findElements(By.cssSelector("#findings-table .badge.st-violated")))
        .isNotEmpty();

    open("/lessons");
    assertThat(driver.findElement(By.id("lesson-k-01")).getText())
        .contains("Marktconsultatie vooraf loont");
    assertThat(driver.findElements(By.cssSelector("article.lesson")).size()).isEqualTo(27);
    new Select(driver.findElement(By.id("field-theme"))).selectByValue("Ketensamenwerking");
    clickAndWait(By.id("lessons-submit"));
    assertThat(driver.findElements(By.cssSelector("article.lesson h2"))).extracting(
        WebElement::getText).contains("Innovatiepartnerschap met leveranciers")
        .doesNotContain("Prijsopbouw en marges van circulaire leasecontracten");

    // its own party sees it, marked, to correct it
    logIn(host.party("pon"));
    open("/parties/pon");
    assertThat(driver.getPageSource()).contains("Prijsopbouw en marges");
    assertThat(driver.findElement(By.cssSelector("span.flag")).isDisplayed()).isTrue();
  }

  // ---- d. a party cannot edit another party's record; forms carry a CSRF token

  @Test
  void aPartyCannotEditAnotherPartysRecordFromThePages() {
    StoredRecord prorail = host.store.evidence().list(TestHost.DEAL, Optional.of("trajectories"))
        .stream().filter(r -> r.owner().equals("prorail") && !r.deleted()).findFirst()
        .orElseThrow();
    logIn(host.party("ns"));
    String fingerprint = host.fingerprint();

    open("/evidence/trajectories/" + prorail.id() + "/edit?lang=en");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    assertThat(driver.findElements(By.id("evidence-form"))).isEmpty();

    open("/parties/prorail");
    assertThat(driver.findElements(By.id("add-trajectories"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("a[id^=edit-]"))).isEmpty();

    // its own form, sent to another party's record: refused
    StoredRecord own = host.store.evidence().list(TestHost.DEAL, Optional.of("trajectories"))
        .stream().filter(r -> r.owner().equals("ns") && !r.deleted()).findFirst().orElseThrow();
    open("/evidence/trajectories/" + own.id() + "/edit?lang=en");
    WebElement form = driver.findElement(By.id("evidence-form"));
    script("arguments[0].action = arguments[1]", form,
        "/evidence/trajectories/" + prorail.id() + "?lang=en");
    type("title", "Overgenomen door NS");
    clickAndWait(By.id("evidence-submit"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    // and a record that names another party as its own: refused beside the party field
    open("/evidence/trajectories/new?lang=en");
    type("id", "ns-for-prorail");
    type("party", "prorail");
    type("title", "Niet van NS");
    new Select(driver.findElement(By.id("field-kind"))).selectByValue("NEW");
    typeDate("started", LocalDate.of(2019, 5, 1));
    clickAndWait(By.id("evidence-submit"));
    assertThat(driver.findElement(By.id("error-party")).getText())
        .contains("only write evidence of your own party");
    assertThat(host.fingerprint()).isEqualTo(fingerprint);
    assertThat(host.store.evidence().find(TestHost.DEAL, "trajectories", prorail.id())
        .orElseThrow().version()).isEqualTo(prorail.version());
  }

  @Test
  void everyFormCarriesACsrfTokenAndAPostWithoutItIsRefused() {
    logIn(host.party("ns"));
    Cookie csrf = driver.manage().getCookieNamed(Sessions.CSRF_COOKIE);
    assertThat(csrf).isNotNull();
    assertThat(csrf.isHttpOnly()).isTrue();
    assertThat(csrf.getSameSite()).isEqualTo("Strict");
    assertThat(driver.manage().getCookieNamed(Sessions.SESSION_COOKIE).isHttpOnly()).isTrue();
    for (String path : List.of("/parties/ns", "/evidence/trajectories/new",
        "/evidence/communications/new")) {
      open(path);
      List<WebElement> forms = driver.findElements(By.cssSelector("form[method=post]"));
      assertThat(forms).as(path).isNotEmpty();
      for (WebElement form : forms) {
        WebElement token = form.findElement(By.cssSelector("input[type=hidden][name=csrf]"));
        assertThat(token.getDomProperty("value")).as(path).isEqualTo(csrf.getValue());
      }
    }

    String fingerprint = host.fingerprint();
    open("/evidence/communications/new?lang=en");
    script("arguments[0].remove()", driver.findElement(By.cssSelector(
        "#evidence-form input[name=csrf]")));
    typeDate("date", LocalDate.of(2019, 5, 1));
    type("title", "Zonder token");
    clickAndWait(By.id("evidence-submit"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Form expired");

    open("/evidence/communications/new?lang=en");
    script("arguments[0].value = 'forged-forged-forged-forged'", driver.findElement(
        By.cssSelector("#evidence-form input[name=csrf]")));
    typeDate("date", LocalDate.of(2019, 5, 1));
    type("title", "Met een vals token");
    clickAndWait(By.id("evidence-submit"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Form expired");
    assertThat(host.fingerprint()).isEqualTo(fingerprint);
  }

  // ---- e. no console errors, headings in order, every field labelled; screenshots

  @Test
  void thePagesRenderCleanlyWithHeadingsInOrderAndEveryFieldLabelled() throws IOException {
    List<String> publicPages = List.of("/", "/?lang=en", "/parties/provincie-utrecht",
        "/commitments/IP-1", "/lessons", "/lessons?theme=ICT&factor=SUCCESS&q=ict", "/login");
    for (String path : publicPages) {
      checkPage(path);
    }
    open("/");
    screenshot("web-dashboard.png");
    // on a phone's width the page never scrolls sideways: a wide table scrolls in its own box
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String path : List.of("/", "/parties/provincie-utrecht", "/commitments/IP-1",
          "/lessons")) {
        open(path);
        assertThat(overflow()).as("horizontal overflow in px on %s at 390 px", path)
            .isLessThanOrEqualTo(0);
      }
      open("/");
      screenshot("web-dashboard-narrow.png");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1600));
    }

    logIn(host.party("provincie-utrecht"));
    for (String path : List.of("/parties/provincie-utrecht", "/evidence/trajectories/new",
        "/evidence/knowledgeItems/new?lang=en", "/evidence/workingGroups/new",
        "/evidence/contributions/new")) {
      checkPage(path);
    }
    long own = host.store.evidence().list(TestHost.DEAL, Optional.of("trajectories")).stream()
        .filter(r -> r.owner().equals("provincie-utrecht") && !r.deleted()).findFirst()
        .orElseThrow().id();
    checkPage("/evidence/trajectories/" + own + "/edit");
    open("/parties/provincie-utrecht");
    screenshot("web-party.png");

    logIn(host.team);
    for (String path : List.of("/review", "/tokens", "/audit?size=5")) {
      checkPage(path);
    }
  }

  /** Opens {@code path} and checks the page: no console errors, headings, labels, width. */
  private static void checkPage(String path) {
    open(path);
    List<LogEntry> severe = console().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).as("console errors on %s", path).isEmpty();

    List<WebElement> h1 = driver.findElements(By.cssSelector("h1"));
    assertThat(h1).as("one h1 on %s", path).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("main#main h1"))).as(path).hasSize(1);
    List<Long> levels = levels();
    assertThat(levels.get(0)).as("first heading on %s", path).isEqualTo(1L);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %s after %s on %s", levels.get(i),
          levels.get(i - 1), path).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }

    List<WebElement> fields = driver.findElements(By.cssSelector("input, select, textarea"));
    for (WebElement field : fields) {
      if ("hidden".equals(field.getDomAttribute("type"))) {
        continue;
      }
      String id = field.getDomAttribute("id");
      String ariaLabel = field.getDomAttribute("aria-label");
      boolean labelled = (ariaLabel != null && !ariaLabel.isBlank())
          || (id != null && !driver.findElements(By.cssSelector("label[for='" + id + "']"))
              .isEmpty()
              && !driver.findElement(By.cssSelector("label[for='" + id + "']")).getText()
                  .isBlank());
      assertThat(labelled).as("a label for %s %s on %s", field.getTagName(),
          field.getDomAttribute("name"), path).isTrue();
    }

    assertThat(overflow()).as("horizontal overflow in px on %s", path).isLessThanOrEqualTo(0);
  }

  /** How far the page scrolls sideways, in CSS pixels. */
  private static int overflow() {
    return ((Number) script("return document.documentElement.scrollWidth"
        + " - document.documentElement.clientWidth;")).intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Long> levels() {
    return (List<Long>) script("return Array.from(document.querySelectorAll("
        + "'h1, h2, h3, h4, h5, h6')).map(h => Number(h.tagName.substring(1)));");
  }

  // ---- helpers

  private static void open(String path) {
    driver.get(base + path);
  }

  /** Logs in with {@code token} through the login form, as a person would. */
  private static void logIn(String token) {
    driver.manage().deleteAllCookies();
    open("/login");
    driver.findElement(By.id("field-token")).sendKeys(token);
    clickAndWait(By.id("login-submit"));
    assertThat(driver.findElements(By.id("logout-form"))).as("logged in, on %s: %s",
        driver.getCurrentUrl(), driver.findElement(By.tagName("main")).getText()).hasSize(1);
  }

  /** Clicks {@code button} (or a link) and waits for the page it leads to. */
  private static void clickAndWait(By button) {
    clickAndWait(driver.findElement(button));
  }

  private static void clickAndWait(WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(d -> "complete".equals(script("return document.readyState")));
  }

  private static void type(String field, String text) {
    WebElement input = driver.findElement(By.id("field-" + field));
    input.clear();
    input.sendKeys(text);
  }

  /** Types a date into a date field as a person does in an en-US browser: month, day, year. */
  private static void typeDate(String field, LocalDate date) {
    WebElement input = driver.findElement(By.id("field-" + field));
    input.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(),
        date.getYear()));
    assertThat(input.getDomProperty("value")).as("the date typed into %s", field)
        .isEqualTo(date.toString());
  }

  /** The status of the finding of {@code code} on the party page shown. */
  private static String finding(String code) {
    return row(code).findElement(By.cssSelector("[data-status]")).getDomAttribute("data-status");
  }

  private static WebElement row(String code) {
    return driver.findElement(By.id("finding-" + code));
  }

  private static StoredRecord record(String kind, String recordId) {
    return host.store.evidence().list(TestHost.DEAL, Optional.of(kind)).stream()
        .filter(r -> r.recordId().equals(Optional.of(recordId)) && !r.deleted()).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + recordId));
  }

  private static Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** What the console logged since it was last read. */
  private static List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** A screenshot of the whole page, not only the window. */
  private static void screenshot(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", ((Number) size.get("height")).doubleValue(), "scale", 1)));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).as("a PNG").isEqualTo("PNG");
    Files.write(TARGET.resolve(name), png);
  }
}
