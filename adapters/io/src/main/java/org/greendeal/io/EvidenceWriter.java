package org.greendeal.io;

import java.util.List;
import java.util.function.Function;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Barrier;
import org.greendeal.model.Communication;
import org.greendeal.model.Contribution;
import org.greendeal.model.Effort;
import org.greendeal.model.Evidence;
import org.greendeal.model.Instrument;
import org.greendeal.model.Invitation;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.PolicyIntegration;
import org.greendeal.model.Publication;
import org.greendeal.model.Trajectory;
import org.greendeal.model.WorkingGroup;

/**
 * Turns {@link Evidence} into the tree of an evidence file, keys in the order of DESIGN.md; empty
 * lists and absent values are left out, and party lists are always written as lists.
 */
final class EvidenceWriter {
  private EvidenceWriter() {}

  static OutMap tree(Evidence evidence) {
    return OutMap.create()
        .putIfPresent("deal", evidence.deal())
        .putIfNotEmpty("joined", each(evidence.joined(), EvidenceWriter::joined))
        .putIfNotEmpty("trajectories", each(evidence.trajectories(), EvidenceWriter::trajectory))
        .putIfNotEmpty("contributions",
            each(evidence.contributions(), EvidenceWriter::contribution))
        .putIfNotEmpty("policyIntegrations",
            each(evidence.policyIntegrations(), EvidenceWriter::policyIntegration))
        .putIfNotEmpty("appointments", each(evidence.appointments(), EvidenceWriter::appointment))
        .putIfNotEmpty("workingGroups",
            each(evidence.workingGroups(), EvidenceWriter::workingGroup))
        .putIfNotEmpty("activities", each(evidence.activities(), EvidenceWriter::activity))
        .putIfNotEmpty("communications",
            each(evidence.communications(), EvidenceWriter::communication))
        .putIfNotEmpty("efforts", each(evidence.efforts(), EvidenceWriter::effort))
        .putIfNotEmpty("instruments", each(evidence.instruments(), EvidenceWriter::instrument))
        .putIfNotEmpty("knowledgeItems",
            each(evidence.knowledgeItems(), EvidenceWriter::knowledgeItem))
        .putIfNotEmpty("publications", each(evidence.publications(), EvidenceWriter::publication))
        .putIfNotEmpty("invitations", each(evidence.invitations(), EvidenceWriter::invitation))
        .putIfNotEmpty("barriers", each(evidence.barriers(), EvidenceWriter::barrier));
  }

  private static <T> List<OutMap> each(List<T> records, Function<T, OutMap> write) {
    return records.stream().map(write).toList();
  }

  private static OutMap joined(JoinedParty j) {
    return OutMap.create().put("id", j.id()).put("name", j.name()).put("role", j.role())
        .put("date", j.date());
  }

  private static OutMap trajectory(Trajectory t) {
    return OutMap.create()
        .putIfPresent("id", t.id())
        .put("party", t.party())
        .put("title", t.title())
        .put("kind", t.kind())
        .put("started", t.started())
        .putIfPresent("category", t.category())
        .putIfPresent("status", t.status())
        .putIfPresent("valueEur", t.valueEur())
        .putIfNotEmpty("strategies", t.strategies())
        .putIfPresent("notice", t.notice())
        .putIfNotEmpty("strategicProcurement", t.strategicProcurement())
        .putIfNotEmpty("environmentalImpact", t.environmentalImpact())
        .putIfNotEmpty("gppCriteria", t.gppCriteria());
  }

  private static OutMap contribution(Contribution c) {
    return OutMap.create().put("party", c.party()).put("year", c.year())
        .put("amountEur", c.amountEur());
  }

  private static OutMap policyIntegration(PolicyIntegration p) {
    return OutMap.create().put("party", p.party()).put("aspect", p.aspect())
        .put("date", p.date()).putIfPresent("reference", p.reference());
  }

  private static OutMap appointment(Appointment a) {
    return OutMap.create().put("party", a.party()).put("member", a.member())
        .put("from", a.from()).putIfPresent("until", a.until());
  }

  private static OutMap workingGroup(WorkingGroup w) {
    return OutMap.create().putIfPresent("id", w.id()).put("theme", w.theme())
        .put("guidedBy", w.guidedBy()).putIfNotEmpty("members", w.members())
        .put("started", w.started());
  }

  private static OutMap activity(Activity a) {
    return OutMap.create().putIfPresent("id", a.id()).put("date", a.date())
        .put("title", a.title()).put("organisedBy", a.organisedBy())
        .putIfNotEmpty("attendees", a.attendees());
  }

  private static OutMap communication(Communication c) {
    return OutMap.create().put("party", c.party()).put("date", c.date())
        .putIfPresent("channel", c.channel()).putIfPresent("title", c.title())
        .putIfPresent("reference", c.reference());
  }

  private static OutMap effort(Effort e) {
    return OutMap.create().put("party", e.party()).put("commitment", e.commitment())
        .put("date", e.date()).putIfPresent("description", e.description());
  }

  private static OutMap instrument(Instrument i) {
    return OutMap.create().putIfPresent("id", i.id()).put("title", i.title())
        .put("kind", i.kind()).put("developedBy", i.developedBy())
        .putIfNotEmpty("contributors", i.contributors()).put("date", i.date());
  }

  private static OutMap knowledgeItem(KnowledgeItem k) {
    return OutMap.create().putIfPresent("id", k.id()).put("party", k.party())
        .put("date", k.date()).put("title", k.title()).putIfPresent("text", k.text())
        .putIfPresent("factor", k.factor()).putIfPresent("theme", k.theme())
        .put("sensitivity", k.sensitivity());
  }

  private static OutMap publication(Publication p) {
    return OutMap.create().put("party", p.party()).put("date", p.date())
        .put("title", p.title()).putIfPresent("reference", p.reference());
  }

  private static OutMap invitation(Invitation i) {
    return OutMap.create().put("by", i.by()).put("organisation", i.organisation())
        .put("date", i.date()).put("outcome", i.outcome());
  }

  private static OutMap barrier(Barrier b) {
    return OutMap.create().putIfPresent("id", b.id()).put("raisedBy", b.raisedBy())
        .put("date", b.date()).putIfPresent("description", b.description())
        .put("status", b.status());
  }
}
