package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;
import org.junit.jupiter.api.Test;

/** The HTML report: its sections, language, charts, escaping of evidence, and what it leaves out. */
class HtmlRendererTest {
  private static final Report REPORT = HtmlFixtures.report(true);
  private static final String NL = HtmlFixtures.html(REPORT, Language.NL);
  private static final String EN = HtmlFixtures.html(REPORT, Language.EN);

  @Test
  void pageIsOneDocumentInTheChosenLanguage() {
    assertThat(NL).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">")
        .contains("<meta charset=\"utf-8\">").contains("<title>Voortgangsrapportage: ")
        .endsWith("</html>\n");
    assertThat(EN).contains("<html lang=\"en\">").contains("<title>Progress report: ");
  }

  @Test
  void pageIsSelfContained() {
    assertThat(NL).contains("<style>").contains("@media print")
        .doesNotContain("<link").doesNotContain("<script").doesNotContain("<img")
        .doesNotContain("@import").doesNotContain("url(").doesNotContain("http://")
        .doesNotContain("src=\"");
  }

  @Test
  void pageHasTheSectionsOfTheTextReportInOrder() {
    List<String> sections = List.of("summary", "timeline", "trajectories", "team", "parties",
        "commitments", "lessons", "data");
    int at = 0;
    for (String id : sections) {
      int next = NL.indexOf("<section id=\"" + id + "\"");
      assertThat(next).as("section %s after the one before", id).isGreaterThan(at);
      at = next;
    }
    assertThat(NL).contains("<h2 id=\"summary-h\">Samenvatting</h2>", "<h2 id=\"timeline-h\">Tijdlijn</h2>",
        "<h2 id=\"trajectories-h\">Trajecten</h2>", "<h2 id=\"team-h\">Projectteam en werkgroepen</h2>",
        "<h2 id=\"parties-h\">Partijen</h2>", "<h2 id=\"commitments-h\">Afspraken</h2>",
        "<h2 id=\"lessons-h\">Geleerde lessen</h2>", "<h2 id=\"data-h\">Bevindingen over de gegevens</h2>");
    assertThat(EN).contains(">Summary</h2>", ">Timeline</h2>", ">Trajectories</h2>",
        ">Parties</h2>", ">Commitments</h2>", ">Lessons learned</h2>", ">Data findings</h2>");
  }

  @Test
  void illustrativeReportSaysSoInItsHeader() {
    assertThat(NL).contains("<p class=\"warning\" role=\"note\"><strong>ILLUSTRATIEF:");
    assertThat(EN).contains("<strong>ILLUSTRATIVE:");
    String real = HtmlFixtures.html(HtmlFixtures.report(false), Language.NL);
    assertThat(real).doesNotContain("ILLUSTRATIEF").doesNotContain("class=\"warning\"");
  }

  @Test
  void headingsDescendOneLevelAtATime() {
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(NL);
    List<Integer> levels = new ArrayList<>();
    while (m.find()) {
      levels.add(Integer.parseInt(m.group(1)));
    }
    assertThat(levels).startsWith(1).containsOnlyOnce(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  @Test
  void everyTableHasACaptionAndColumnHeaders() {
    int tables = count(NL, "<table");
    assertThat(tables).isGreaterThan(10);
    assertThat(count(NL, "<table[^>]*>\\s*<caption[ >]")).isEqualTo(tables);
    assertThat(count(NL, "<th ")).isEqualTo(count(NL, "<th scope=\"col\""));
    assertThat(NL).doesNotContain("<th>");
  }

  @Test
  void provinceOfUtrechtHasAScorecardWithItsFindings() {
    int card = NL.indexOf("<section class=\"party\" id=\"party-provincie-utrecht\"");
    assertThat(card).isPositive();
    String section = NL.substring(card, NL.indexOf("</section>", card));
    assertThat(section).contains("Provincie Utrecht", "Inkopende deelnemer")
        // IP-1 met by pu-1 and pu-2: code, title, status, actual/required and evidence ids
        .containsPattern("<td class=\"code\">IP-1</td><td>[^<]+</td><td><span class=\"badge st-met\">behaald</span></td>"
            + "<td class=\"num\">2 / 2</td><td class=\"evidence\"><span class=\"ev\">pu-1</span>, "
            + "<span class=\"ev\">pu-2</span></td><td>[^<]+</td>")
        // IP-4 shows attended / required and how many were held since joining
        .containsPattern("<td class=\"code\">IP-4</td>.*<td class=\"num\">2 / 1 \\(2 gehouden\\)</td>")
        .contains("<td class=\"code\">IP-2</td>", "<td class=\"code\">IP-5</td>", "binnen de grens")
        .contains("role=\"img\" aria-label=\"Voortgangsbalk Provincie Utrecht: ");
    assertThat(NL).contains("<a href=\"#party-provincie-utrecht\">Provincie Utrecht</a>");
    assertThat(NL).contains("id=\"party-gemeente-amsterdam\"").contains("toegetreden " + new Labels(Language.NL).date(java.time.LocalDate.of(2019, 3, 1)));
  }

  @Test
  void chartsAreSvgWithTextAlternatives() {
    int svgs = count(NL, "<svg ");
    assertThat(svgs).as("role chart, timeline, one progress bar per party")
        .isEqualTo(2 + REPORT.parties().size());
    assertThat(count(NL, "<svg [^>]*role=\"img\" aria-label=\"[^\"]+\"[^>]*>\\s*<title>[^<]+</title>"))
        .isEqualTo(svgs);
    assertThat(NL).contains("aria-label=\"Gestapelde balken van bevindingen per status voor elke rol. "
        + "Faciliterende partner (2): ");
    assertThat(NL).contains("aria-label=\"Balken van gestarte trajecten per jaar. 2018: 3; 2019: 5; 2020: 1.\"");
    assertThat(NL).contains("class=\"seg st-met\"", "class=\"seg st-not-met\"", "class=\"seg st-reported\"",
        "class=\"seg st-no-evidence\"", "class=\"seg st-violated\"");
  }

  @Test
  void chartGeometryIsComputedInJava() {
    // the timeline's tallest bar (2019, 5 trajectories) fills the plot; 2020's is a fifth of it
    assertThat(NL).contains("<rect x=\"208\" y=\"28\" width=\"64\" height=\"162\" class=\"year-bar\">");
    assertThat(NL).contains("height=\"32\" class=\"year-bar\"><title>2020: 1</title>");
    // every stacked bar ends at the same x, whatever its segments
    Matcher m = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"22\" class=\"seg ")
        .matcher(NL);
    java.util.Map<String, Integer> ends = new java.util.HashMap<>();
    while (m.find()) {
      ends.merge(m.group(2), Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(3)), Math::max);
    }
    assertThat(ends).hasSize(4);
    assertThat(ends.values()).containsOnly(650);
  }

  @Test
  void amountsAndDatesAreFormattedForTheLanguage() {
    assertThat(NL).contains("<td class=\"num\">€ 1.500,00</td>")
        .contains("Maximum per partij per jaar: € 1.500,00")
        .contains("<td class=\"num\">€ 4.750,00</td>").contains("€ 1.850.000,00")
        .contains("Looptijd " + new Labels(Language.NL).date(java.time.LocalDate.of(2018, 6, 7)));
    assertThat(EN).contains("€1,500.00").contains("€4,750.00")
        .contains("Term " + new Labels(Language.EN).date(java.time.LocalDate.of(2018, 6, 7)));
  }

  @Test
  void scriptInEvidenceTextIsEscaped() {
    assertThat(NL).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Marktconsultatie vooraf loont")
        .doesNotContain("<script");
  }

  @Test
  void attributeBreakOutInEvidenceIsEscaped() {
    assertThat(NL).contains("&quot;&gt;&lt;img src").doesNotContain("<img").doesNotContain("onerror=");
    assertThat(count(NL, "&quot;&gt;&lt;img src&#61;x onerror&#61;alert\\(1\\)&gt;"))
        .as("in the category table, the trajectory list and the activities").isGreaterThanOrEqualTo(3);
  }

  @Test
  void knowledgeThatBreaksTheProhibitionIsLeftOut() {
    for (String html : List.of(NL, EN)) {
      assertThat(html).doesNotContain("Geheime bodemprijs").doesNotContain("bodemprijs voor stoelbekleding")
          .doesNotContain("Contactpersoon circulair printen").doesNotContain("inkoper.canon@example.org")
          .doesNotContain("contractvoorwaarden");
    }
    assertThat(NL).contains("Te weinig tijd voor de markt").contains("Faalfactoren");
    // the violation itself is reported, without the item's text
    assertThat(NL).contains("class=\"badge st-violated\"");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
