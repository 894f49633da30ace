package org.greendeal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/**
 * Reports of the built-in deal for the HTML renderer's tests, from evidence that touches every
 * section, holds hostile text in evidence fields, and two knowledge items that break D-1.
 */
final class HtmlFixtures {
  static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  /** A script tag, in a trajectory's title and in a knowledge item's title. */
  static final String SCRIPT = "<script>alert(1)</script>";

  /** An attribute break-out, in fields that name no party (a category, an activity's title). */
  static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

  static final String EVIDENCE = """
      joined:
        - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
      trajectories:
        - {id: pu-1, party: provincie-utrecht, title: "<script>alert(1)</script>", kind: NEW,
           started: 2018-09-03, category: '"><img src=x onerror=alert(1)>', status: COMPLETED,
           valueEur: 250000, strategies: [REUSE, REFURBISH]}
        - {id: pu-2, party: provincie-utrecht, title: Circulaire fietsbrug over de Kromme Rijn, kind: NEW,
           started: 2019-04-15, category: INFRASTRUCTURE, status: AWARDED, valueEur: 1850000,
           strategies: [REDUCE, REUSE, RECYCLE]}
        - {id: hsl-1, party: hogeschool-leiden, title: Circulaire catering, kind: NEW, started: 2018-10-01,
           category: CATERING, status: RUNNING, valueEur: 900000, strategies: [REFUSE, REDUCE]}
        - {id: hsl-2, party: hogeschool-leiden, title: Circulaire ICT-werkplekken, kind: NEW,
           started: 2019-09-02, category: ICT_HARDWARE, status: AWARDED, valueEur: 420000,
           strategies: [RETHINK, REFURBISH]}
        - {id: ns-1, party: ns, title: Opschaling circulaire stoelbekleding, kind: SCALE_UP,
           started: 2018-07-02, category: TEXTILES, status: RUNNING, valueEur: 1200000,
           strategies: [REPAIR, RECYCLE]}
        - {id: ww-1, party: gemeente-wageningen, title: Circulair straatmeubilair, kind: NEW,
           started: 2019-11-04, category: INFRASTRUCTURE, status: TENDERING, strategies: [REUSE]}
        - {id: ww-2, party: gemeente-wageningen, title: Circulaire schoonmaakdiensten, kind: NEW,
           started: 2020-03-02, category: CLEANING, status: PREPARING}
        - {id: ams-1, party: gemeente-amsterdam, title: Circulaire kantoorinrichting Stadhuis, kind: NEW,
           started: 2019-05-06, category: OFFICE_FURNITURE, status: AWARDED, valueEur: 600000,
           strategies: [REUSE]}
        - {id: rws-1, party: rws, title: Circulair viaduct, kind: NEW, started: 2019-02-01,
           category: INFRASTRUCTURE, status: RUNNING, valueEur: 4000000, strategies: [REMANUFACTURE]}
        - {id: des-1, party: desko, title: Te vroeg gestart, kind: NEW, started: 2018-03-01}
      contributions:
        - {party: provincie-utrecht, year: 2019, amountEur: 1500}
        - {party: hogeschool-leiden, year: 2019, amountEur: 1500}
        - {party: gemeente-rotterdam, year: 2019, amountEur: 1000}
        - {party: gemeente-rotterdam, year: 2019, amountEur: 750}
        - {party: ns, year: 2020, amountEur: 1500}
      policyIntegrations:
        - {party: provincie-utrecht, aspect: PROCESS, date: 2019-06-01, reference: "https://example.org/pu/proces"}
        - {party: provincie-utrecht, aspect: POLICY, date: 2019-03-01, reference: "https://example.org/pu/beleid"}
        - {party: provincie-utrecht, aspect: STRATEGY, date: 2020-01-15, reference: "https://example.org/pu/strategie"}
      appointments:
        - {party: mvo-nederland, member: programme manager, from: 2018-06-07}
        - {party: nevi, member: procurement advisor, from: 2018-06-07}
        - {party: rvo, member: programme advisor, from: 2018-06-07}
        - {party: rws, member: circular procurement lead, from: 2018-09-01}
      workingGroups:
        - {id: wg-bouw, theme: Bouw, guidedBy: [c2c-expolab, kplusv], members: [dnb, tbi], started: 2018-09-13}
        - {id: wg-ict, theme: ICT, guidedBy: [copper8], members: [ns, alliander], started: 2018-10-01}
      activities:
        - {id: act-kickoff, date: 2018-06-07, title: Kick-off, organisedBy: [mvo-nederland, nevi],
           attendees: [provincie-utrecht, hogeschool-leiden, ns, gemeente-wageningen]}
        - {id: act-cop, date: 2019-02-14, title: '"><img src=x onerror=alert(1)>', organisedBy: [nevi],
           attendees: [provincie-utrecht, ns, gemeente-amsterdam]}
      communications:
        - {party: provincie-utrecht, date: 2018-10-04, channel: website, title: Provincie Utrecht koopt circulair in}
      efforts:
        - {party: mvo-nederland, commitment: P-1, date: 2018-09-20, description: Begeleiding van deelnemers.}
        - {party: copper8, commitment: KP-3, date: 2019-02-01, description: Onderzoek naar circulaire ICT.}
      instruments:
        - {id: ins-1, title: Handreiking circulaire gunningscriteria, kind: PROCUREMENT_INSTRUMENT,
           developedBy: [nevi], contributors: [copper8], date: 2019-06-01}
      knowledgeItems:
        - {id: k-01, party: alliander, date: 2019-09-01, title: "<script>alert(1)</script> Marktconsultatie vooraf loont",
           text: Leveranciers kwamen met hergebruikoplossingen., factor: SUCCESS, theme: Bouw, sensitivity: NONE}
        - {id: k-02, party: prorail, date: 2019-10-10, title: Te weinig tijd voor de markt,
           text: De looptijd van de aanbesteding was te kort., factor: FAILURE, theme: Bouw}
        - {id: k-03, party: ns, date: 2019-11-01, title: Geheime bodemprijs leverancier,
           text: Onze bodemprijs voor stoelbekleding is vertrouwelijk., factor: FAILURE,
           sensitivity: COMPETITION}
        - {id: k-04, party: canon, date: 2020-02-01, title: Contactpersoon circulair printen,
           text: Mail inkoper.canon@example.org voor de contractvoorwaarden., factor: SUCCESS}
      publications:
        - {party: rws, date: 2019-06-13, title: "Circulaire viaducten: lessen", reference: "https://example.org/rws"}
      invitations:
        - {by: mvo-nederland, organisation: Gemeente Amsterdam, date: 2019-01-10, outcome: JOINED}
      barriers:
        - {id: b-1, raisedBy: ienw, date: 2018-11-08, status: ADDRESSED, description: Onduidelijke aanbestedingsregels.}
      """;

  private HtmlFixtures() {}

  /** The report of {@link #EVIDENCE}, marked illustrative or not. */
  static Report report(boolean illustrative) {
    return report(EVIDENCE, illustrative);
  }

  /** The report of the built-in deal and {@code yaml}, as of the term's end. */
  static Report report(String yaml, boolean illustrative) {
    Deal deal = DealCatalog.standard().builtIn();
    Evidence evidence = EvidenceFiles.read("evidence.yaml", yaml);
    RuleSet rules = RuleSet.compile(deal);
    Evaluation evaluation = rules.evaluate(evidence, AS_OF);
    return ReportBuilder.of(rules, evidence, evaluation).illustrative(illustrative).build();
  }

  /** {@code report} rendered as HTML in {@code language}. */
  static String html(Report report, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HtmlRenderer().render(report, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
