package org.greendeal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/** Reports of the built-in deal from evidence in YAML, and rendering them, for the CSV and XLSX tests. */
final class SpreadsheetFixtures {
  static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  /** Ordinary evidence with a mix of outcomes, data findings and two sensitive knowledge items. */
  static final String EVIDENCE = """
      joined:
        - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
      trajectories:
        - {id: pu-1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-03,
           category: OFFICE_FURNITURE, status: COMPLETED, valueEur: 250000.50, strategies: [REUSE, REFURBISH]}
        - {id: pu-2, party: provincie-utrecht, title: Circulaire fietsbrug, kind: NEW, started: 2019-04-15}
        - {id: ns-1, party: ns, title: Opschaling stoelbekleding, kind: SCALE_UP, started: 2018-07-02,
           category: TEXTILES, status: RUNNING, valueEur: 1200000, strategies: [REPAIR, RECYCLE]}
        - {id: ams-1, party: gemeente-amsterdam, title: Circulair asfalt, kind: NEW, started: 2019-06-01, valueEur: 75000}
        - {id: dnb-0, party: dnb, title: Te vroeg gestart, kind: NEW, started: 2018-03-01}
        - {id: x-1, party: onbekende-partij, title: Onbekend traject, kind: NEW, started: 2019-01-01}
      contributions:
        - {party: gemeente-rotterdam, year: 2019, amountEur: 1000}
        - {party: gemeente-rotterdam, year: 2019, amountEur: 750}
        - {party: provincie-utrecht, year: 2019, amountEur: 1500}
      appointments:
        - {party: rvo, member: programme advisor, from: 2018-06-07}
      activities:
        - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland], attendees: [ns, provincie-utrecht]}
        - {id: a2, date: 2019-11-15, title: Inkoopcafe, organisedBy: [nevi], attendees: [ns]}
      efforts:
        - {party: copper8, commitment: KP-3, date: 2019-02-01, description: Onderzoek naar opschaling}
      knowledgeItems:
        - {id: k-1, party: alliander, date: 2019-09-01, title: Vroeg de markt in, text: Marktconsultatie loont,
           factor: SUCCESS, theme: Energie, sensitivity: NONE}
        - {id: k-2, party: prorail, date: 2019-10-01, title: Te strak bestek, text: Functioneel specificeren werkt beter,
           factor: FAILURE, theme: Infra}
        - {id: k-3, party: ns, date: 2020-01-10, title: Les zonder thema}
        - {id: k-secret, party: ns, date: 2019-05-01, title: Kortingsafspraak leverancier,
           text: Bodemprijs 12 procent onder de lijst, sensitivity: COMPETITION}
        - {id: k-mail, party: dnb, date: 2019-06-01, title: Contactpersoon inkoop,
           text: "Mail inkoper@voorbeeld.nl voor het bestek"}
      """;

  /** Texts of the sensitive knowledge items that must never be shown. */
  static final String[] SENSITIVE = {"Kortingsafspraak", "Bodemprijs", "Contactpersoon inkoop",
      "inkoper@voorbeeld.nl"};

  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  static final String SCRIPT = "<script>alert(1)</script>";

  /** Evidence whose texts are formulas in disguise, and HTML. */
  static final String HOSTILE = """
      joined:
        - {id: evil-co, name: "=HYPERLINK(\\"http://x\\",\\"y\\")", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: plus-co, name: "+1 Inkoop", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: at-co, name: "@SUM(A1)", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: tab-co, name: "\\tTab BV", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: cr-co, name: "\\rReturn BV", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: minus-co, name: "-5 Inkoop", role: PROCURING_PARTICIPANT, date: 2019-03-01}
        - {id: script-co, name: "<script>alert(1)</script>", role: PROCURING_PARTICIPANT, date: 2019-03-01}
      trajectories:
        - {id: "@SUM(A1)", party: evil-co, title: "=HYPERLINK(\\"http://x\\",\\"y\\")", kind: NEW, started: 2019-04-01,
           category: "+1", valueEur: 1000}
        - {id: t-2, party: provincie-utrecht, title: "\\tTabbed title", kind: NEW, started: 2019-05-01,
           category: "<script>alert(1)</script>"}
        - {id: t-3, party: script-co, title: "<script>alert(1)</script>", kind: NEW, started: 2019-06-01}
      efforts:
        - {party: copper8, commitment: KP-3, date: 2019-02-01, description: "=HYPERLINK(\\"http://x\\",\\"y\\")"}
      knowledgeItems:
        - {id: k-evil, party: alliander, date: 2019-09-01, title: "@SUM(A1)", text: "+1 <script>alert(1)</script>",
           factor: SUCCESS, theme: "=1+1"}
      """;

  private SpreadsheetFixtures() {}

  static Report report(String yaml) {
    return report(yaml, false);
  }

  static Report report(String yaml, boolean illustrative) {
    Deal deal = DealCatalog.standard().builtIn();
    Evidence evidence = EvidenceFiles.read("evidence.yaml", yaml);
    RuleSet rules = RuleSet.compile(deal);
    Evaluation evaluation = rules.evaluate(evidence, AS_OF);
    return ReportBuilder.of(rules, evidence, evaluation).illustrative(illustrative).build();
  }

  static byte[] render(Renderer renderer, Report report, Language language) throws IOException {
    CloseTracking out = new CloseTracking();
    renderer.render(report, language, out);
    if (out.closed) {
      throw new AssertionError("the renderer closed the caller's stream");
    }
    return out.toByteArray();
  }

  /** Whether a text starts the way a spreadsheet formula does. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** A stream that notes whether it was closed. */
  static final class CloseTracking extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
