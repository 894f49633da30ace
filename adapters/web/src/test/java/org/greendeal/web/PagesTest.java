package org.greendeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pages over real HTTP, as a browser without JavaScript uses them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
  TestHost host;

  @BeforeAll
  void start() throws Exception {
    host = new TestHost();
  }

  @AfterAll
  void stop() throws Exception {
    host.close();
  }

  Browser browser() {
    return new Browser(host.server.port());
  }

  /** Every page: one h1 in main, headings never skip a level, every field has a label. */
  static void assertAccessible(String html) {
    assertThat(html).contains("<main id=\"main\">").contains("<html lang=\"");
    Matcher headings = Pattern.compile("<h([1-6])[ >]").matcher(html);
    List<Integer> levels = new ArrayList<>();
    while (headings.find()) {
      levels.add(Integer.parseInt(headings.group(1)));
    }
    assertThat(levels).isNotEmpty();
    assertThat(levels.get(0)).isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1).count()).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %s after %s", levels.get(i), levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    Set<String> labelled = new TreeSet<>();
    Matcher labels = Pattern.compile("<label for=\"([^\"]+)\"").matcher(html);
    while (labels.find()) {
      labelled.add(labels.group(1));
    }
    Matcher fields = Pattern.compile("<(input|select|textarea) ([^>]*)>").matcher(html);
    while (fields.find()) {
      String attributes = fields.group(2);
      if (attributes.contains("type=\"hidden\"")) {
        continue;
      }
      Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(attributes);
      assertThat(id.find()).as("a field without id: %s", attributes).isTrue();
      assertThat(labelled).as("label for %s", id.group(1)).contains(id.group(1));
    }
    assertThat(html).doesNotContain("<script", " style=\"");
  }

  @Test
  void theDashboardIsInDutchByDefaultAndInEnglishOnRequest() {
    Browser b = browser();
    Browser.Page nl = b.get("/");
    assertThat(nl.status()).isEqualTo(200);
    assertThat(nl.html()).contains("<html lang=\"nl\"", "Samenvatting", "Bevindingen per rol",
        "<svg role=\"img\"", "ILLUSTRAT");
    assertAccessible(nl.html());
    Browser.Page en = b.get("/?lang=en");
    assertThat(en.html()).contains("<html lang=\"en\"", "Summary", "Findings per role");
    assertAccessible(en.html());
    assertThat(b.get("/", "Accept-Language", "en-GB,en;q=0.9").html()).contains("lang=\"en\"");
    assertThat(nl.header("Content-Security-Policy")).get().asString()
        .contains("frame-ancestors 'none'");
  }

  @Test
  void thePublicDashboardAndLessonsShowNoFlaggedKnowledgeItem() {
    Browser b = browser();
    for (String path : List.of("/", "/lessons", "/parties/pon", "/parties/rws",
        "/lessons?q=mail")) {
      String html = b.get(path).html();
      assertThat(html).as(path).doesNotContain("Prijsopbouw en marges",
          "circulair-inkopen@example.nl");
    }
  }

  @Test
  void lessonsAreSearchableByThemeAndFactor() {
    Browser.Page page = browser().get("/lessons?theme=Disposables&factor=FAILURE&lang=en");
    assertThat(page.html()).contains("Hygiëne-eisen botsen met hergebruik",
        "Herbruikbare bekers vragen een retoursysteem").doesNotContain("Marktconsultatie vooraf");
    assertThat(page.html()).contains("id=\"lessons-count\" role=\"status\">2 lessons");
    assertAccessible(page.html());
    assertThat(browser().get("/lessons?q=materialenpaspoort").html())
        .contains("Materialenpaspoort vanaf het ontwerp");
  }

  @Test
  void aPartyPageAndACommitmentPage() {
    Browser b = browser();
    Browser.Page ns = b.get("/parties/ns?lang=en");
    assertThat(ns.html()).contains("id=\"finding-IP-1\"", "Scorecard");
    assertAccessible(ns.html());
    Browser.Page ip1 = b.get("/commitments/IP-1");
    assertThat(ip1.html()).contains("IP-1", "id=\"findings-table\"");
    assertAccessible(ip1.html());
    assertThat(b.get("/parties/nobody").status()).isEqualTo(404);
    assertAccessible(b.get("/parties/nobody").html());
  }

  @Test
  void theLoginSetsAStrictHttpOnlySessionCookie() {
    Browser b = browser();
    Browser.Page form = b.get("/login");
    assertAccessible(form.html());
    String where = b.login(host.party("ns"));
    assertThat(where).startsWith("/parties/ns");
    Browser.Page page = b.get(where);
    assertThat(page.html()).contains("id=\"add-trajectories\"");
    List<String> setCookies = page.raw().headers().allValues("Set-Cookie");
    Browser.Page again = new Browser(host.server.port()).get("/login");
    String cookie = again.raw().headers().allValues("Set-Cookie").toString();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(setCookies).isNotNull();
    Map<String, String> wrong = new LinkedHashMap<>();
    Browser other = browser();
    wrong.put("csrf", other.get("/login").csrf());
    wrong.put("token", "gd_wrong");
    Browser.Page refused = other.post("/login", wrong);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.html()).contains("id=\"error-token\"");
  }

  @Test
  void aPartyAddsATrajectoryThroughTheFormAndItsIp1FindingChanges() {
    Browser b = browser();
    b.login(host.party("gemeente-utrecht"));
    String before = status(b.get("/parties/gemeente-utrecht").html(), "IP-1");
    Browser.Page form = b.get("/evidence/trajectories/new?party=gemeente-utrecht");
    assertAccessible(form.html());
    assertThat(form.html()).contains("id=\"evidence-form\"", "value=\"gemeente-utrecht\"");
    for (String id : List.of("t-gu-1", "t-gu-2", "t-gu-3")) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("csrf", form.csrf());
      fields.put("version", "");
      fields.put("id", id);
      fields.put("party", "gemeente-utrecht");
      fields.put("title", "Circulaire inrichting " + id);
      fields.put("kind", "NEW");
      fields.put("started", "2019-04-01");
      fields.put("strategies", "REUSE, REFURBISH");
      fields.put("valueEur", "125000");
      Browser.Page saved = b.post("/evidence/trajectories", fields);
      assertThat(saved.status()).as(saved.html()).isEqualTo(303);
      assertThat(saved.location()).startsWith("/parties/gemeente-utrecht?saved=");
    }
    String after = status(b.get("/parties/gemeente-utrecht").html(), "IP-1");
    assertThat(after).isEqualTo("MET");
    assertThat(before).isNotNull();
  }

  static String status(String html, String code) {
    Matcher m = Pattern.compile("id=\"finding-" + code + "\".*?data-status=\"([A-Z_]+)\"",
        Pattern.DOTALL).matcher(html);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void aFormErrorShowsNextToItsFieldAndNothingIsStored() {
    Browser b = browser();
    b.login(host.party("ns"));
    Browser.Page form = b.get("/evidence/trajectories/new");
    String fingerprint = host.fingerprint();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", form.csrf());
    fields.put("id", "t-bad");
    fields.put("party", "ns");
    fields.put("title", "Iets");
    fields.put("kind", "NEW");
    fields.put("started", "someday");
    fields.put("valueEur", "veel");
    Browser.Page page = b.post("/evidence/trajectories?lang=en", fields);
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.html()).contains("id=\"error-summary\"", "id=\"error-started\"",
        "id=\"error-valueEur\"", "aria-invalid=\"true\"", "value=\"Iets\"");
    Matcher next = Pattern.compile("<label for=\"field-started\">.*?</label>\\s*"
        + "<span class=\"field-error\" id=\"error-started\">[^<]*someday", Pattern.DOTALL)
        .matcher(page.html());
    assertThat(next.find()).isTrue();
    assertAccessible(page.html());
    assertThat(host.fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void aPartyCannotWriteAnotherPartysEvidenceThroughTheForms() {
    Browser b = browser();
    b.login(host.party("ns"));
    Browser.Page form = b.get("/evidence/communications/new");
    String fingerprint = host.fingerprint();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", form.csrf());
    fields.put("party", "prorail");
    fields.put("date", "2019-05-01");
    fields.put("title", "Niet van ons");
    Browser.Page page = b.post("/evidence/communications", fields);
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.html()).contains("id=\"error-party\"");
    long prorailRecord = host.store.evidence().list(TestHost.DEAL,
        java.util.Optional.of("trajectories")).stream().filter(r -> r.owner().equals("prorail"))
        .findFirst().orElseThrow().id();
    assertThat(b.get("/evidence/trajectories/" + prorailRecord + "/edit").status())
        .isEqualTo(403);
    Map<String, String> delete = Map.of("csrf", form.csrf(), "version", "1");
    assertThat(b.post("/evidence/trajectories/" + prorailRecord + "/delete", delete).status())
        .isEqualTo(403);
    assertThat(host.fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    Browser b = browser();
    b.login(host.party("ns"));
    String fingerprint = host.fingerprint();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", "forged-forged-forged-forged");
    fields.put("party", "ns");
    fields.put("date", "2019-05-01");
    assertThat(b.post("/evidence/communications", fields).status()).isEqualTo(403);
    fields.remove("csrf");
    assertThat(b.post("/evidence/communications", fields).status()).isEqualTo(403);
    assertThat(host.fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void anEditWithAStaleVersionIsRefusedAndShowsTheLatest() {
    Browser b = browser();
    b.login(host.team);
    long id = host.store.evidence().list(TestHost.DEAL, java.util.Optional.of("barriers"))
        .get(0).id();
    Browser.Page form = b.get("/evidence/barriers/" + id + "/edit");
    assertAccessible(form.html());
    Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.html());
    assertThat(version.find()).isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", form.csrf());
    fields.put("version", version.group(1));
    fields.put("id", "b-edited");
    fields.put("raisedBy", "ienw");
    fields.put("date", "2019-04-01");
    fields.put("description", "eerste");
    assertThat(b.post("/evidence/barriers/" + id, fields).status()).isEqualTo(303);
    fields.put("description", "tweede");
    Browser.Page stale = b.post("/evidence/barriers/" + id, fields);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.html()).contains("id=\"stale\"", "eerste");
    assertThat(host.store.evidence().find(TestHost.DEAL, "barriers", id).orElseThrow().body())
        .contains("eerste");
  }

  @Test
  void theAuditTrailIsForTheProjectTeam() {
    assertThat(browser().get("/audit").status()).isEqualTo(303);
    Browser party = browser();
    party.login(host.party("ns"));
    assertThat(party.get("/audit").status()).isEqualTo(403);
    Browser team = browser();
    team.login(host.team);
    Browser.Page page = team.get("/audit?lang=en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html()).contains("id=\"audit-table\"", "CREATE");
    assertAccessible(page.html());
  }

  @Test
  void logoutEndsTheSession() {
    Browser b = browser();
    b.login(host.team);
    Browser.Page home = b.get("/");
    assertThat(home.html()).contains("id=\"logout-form\"");
    assertThat(b.post("/logout", Map.of("csrf", home.csrf())).status()).isEqualTo(303);
    assertThat(b.get("/audit").status()).isEqualTo(303);
  }

  @Test
  void theProjectTeamPublishesWhatAPartyWroteFromTheReviewPage() {
    String ns = host.party("ns");
    Http.Response created = host.http.post(TestHost.API + "/evidence/communications").token(ns)
        .json("{\"party\":\"ns\",\"date\":\"2019-06-01\",\"title\":\"Ter review\"}").send();
    long id = created.json().get("id").asLong();
    Browser team = browser();
    team.login(host.team);
    Browser.Page review = team.get("/review");
    assertThat(review.html()).contains("id=\"review-communications-" + id + "\"", "Ter review");
    assertAccessible(review.html());
    assertThat(browser().get("/parties/ns").html()).doesNotContain("Ter review");

    Map<String, String> publish = new LinkedHashMap<>();
    publish.put("csrf", review.csrf());
    publish.put("version", "1");
    publish.put("next", "/review");
    Browser.Page done = team.post("/evidence/communications/" + id + "/publish", publish);
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.location()).startsWith("/review");
    assertThat(team.get("/review").html()).doesNotContain("Ter review");
    assertThat(browser().get("/parties/ns").html()).contains("Ter review");

    Browser party = browser();
    party.login(ns);
    assertThat(party.get("/review").status()).isEqualTo(403);
    assertThat(browser().get("/review").status()).isEqualTo(303);
  }

  @Test
  void theProjectTeamIssuesATokenThroughAFormAndItIsShownOnce() {
    Browser team = browser();
    team.login(host.team);
    Browser.Page form = team.get("/tokens?lang=en");
    assertAccessible(form.html());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("csrf", form.csrf());
    fields.put("holder", "prorail");
    Browser.Page issued = team.post("/tokens", fields);
    assertThat(issued.status()).isEqualTo(201);
    Matcher token = Pattern.compile("id=\"new-token\">(gd_[^<]+)<").matcher(issued.html());
    assertThat(token.find()).isTrue();
    assertThat(host.store.tokens().authenticate(token.group(1))).get()
        .satisfies(h -> assertThat(h.party()).contains("prorail"));
    assertThat(team.get("/tokens").html()).doesNotContain(token.group(1));

    fields.put("holder", "nobody");
    Browser.Page refused = team.post("/tokens", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("id=\"error-holder\"");
    Browser party = browser();
    party.login(host.party("ns"));
    assertThat(party.get("/tokens").status()).isEqualTo(403);
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("csrf", party.get("/").csrf());
    forged.put("holder", "project-team");
    long before = host.store.tokens().count();
    assertThat(party.post("/tokens", forged).status()).isEqualTo(403);
    assertThat(host.store.tokens().count()).isEqualTo(before);
  }
}
