package org.greendeal.reporting;

import java.time.LocalDate;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Evidence;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;

/** A small evidence set whose report figures were counted by hand (see ReportBuilderTest). */
final class HandCountedEvidence {
  static final String YAML = """
      # Illustrative evidence for tests, counted by hand.
      joined:
        - {id: gemeente-amsterdam, name: Gemeente Amsterdam, role: PROCURING_PARTICIPANT, date: 2019-03-01}
      trajectories:
        - {id: t1, party: provincie-utrecht, title: Circulair kantoormeubilair, kind: NEW, started: 2018-09-01,
           category: OFFICE_FURNITURE, status: AWARDED, valueEur: 250000, strategies: [REUSE, REFURBISH]}
        - {id: t2, party: Provincie Utrecht, title: Circulaire bedrijfskleding, kind: NEW, started: 2019-05-01,
           category: WORKWEAR, status: CANCELLED, valueEur: 50000, strategies: [RECYCLE]}
        - {id: t3, party: ns, title: Opschaling treinstoelen, kind: SCALE_UP, started: 2020-02-01,
           category: OFFICE_FURNITURE, status: RUNNING, strategies: [REUSE]}
        - {id: t4, party: prorail, title: Dwarsliggers, kind: NEW, started: 2018-01-10}
      contributions:
        - {party: provincie-utrecht, year: 2019, amountEur: 1500}
        - {party: gemeente-rotterdam, year: 2019, amountEur: 1000}
        - {party: gemeente-rotterdam, year: 2019, amountEur: 600}
        - {party: ns, year: 2020, amountEur: 750}
      activities:
        - {id: a1, date: 2018-11-15, title: Community of Practice, organisedBy: [mvo-nederland], attendees: [ns, prorail]}
        - {id: a2, date: 2019-03-01, title: Community of Practice, organisedBy: [nevi], attendees: [ns, gemeente-amsterdam]}
      appointments:
        - {party: mvo-nederland, member: programme manager, from: 2018-06-07}
      workingGroups:
        - {id: wg-ict, theme: ICT, guidedBy: [copper8], members: [ns, alliander], started: 2018-10-01}
      knowledgeItems:
        - {id: k1, party: alliander, date: 2019-09-01, title: Materialen vroeg inventariseren, text: Hergebruik werd mogelijk., factor: SUCCESS, theme: Bouw}
        - {id: k2, party: gemeente-utrecht, date: 2019-10-01, title: Contact, text: "Mail inkoop@example.nl", factor: FAILURE, theme: Interieur}
        - {id: k3, party: canon, date: 2020-01-15, title: Prijsopbouw, text: Marges per product., factor: SUCCESS, theme: ICT, sensitivity: COMPETITION}
        - {id: k4, party: ns, date: 2020-03-01, title: Te late marktconsultatie, factor: FAILURE, theme: Bouw}
      """;

  private HandCountedEvidence() {}

  static Evidence evidence() {
    return EvidenceFiles.read("evidence.yaml", YAML);
  }

  static Report report() {
    RuleSet rules = RuleSet.compile(DealCatalog.standard().builtIn());
    Evidence evidence = evidence();
    Evaluation evaluation = rules.evaluate(evidence, LocalDate.of(2020, 12, 31));
    return ReportBuilder.of(rules, evidence, evaluation).build();
  }
}
