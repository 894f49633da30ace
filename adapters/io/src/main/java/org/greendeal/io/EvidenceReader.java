package org.greendeal.io;

import static org.greendeal.io.Values.AMOUNT;
import static org.greendeal.io.Values.COMMITMENT_ID;
import static org.greendeal.io.Values.DATE;
import static org.greendeal.io.Values.NAME;
import static org.greendeal.io.Values.PARTY_ID;
import static org.greendeal.io.Values.TEXT;
import static org.greendeal.io.Values.enumOf;

import java.util.Optional;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Barrier;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Communication;
import org.greendeal.model.Contribution;
import org.greendeal.model.Effort;
import org.greendeal.model.Evidence;
import org.greendeal.model.Factor;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableAppointment;
import org.greendeal.model.ImmutableBarrier;
import org.greendeal.model.ImmutableCommunication;
import org.greendeal.model.ImmutableContribution;
import org.greendeal.model.ImmutableEffort;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.ImmutableInstrument;
import org.greendeal.model.ImmutableInvitation;
import org.greendeal.model.ImmutableJoinedParty;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.Instrument;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.Invitation;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.PolicyIntegration;
import org.greendeal.model.Publication;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;
import org.greendeal.model.WorkingGroup;

/**
 * Binds the tree of an evidence file (DESIGN.md, "The evidence file") to {@link Evidence}: one
 * method per record type, each record with the source of its own start. Parties stay as written;
 * the rules engine resolves them.
 */
final class EvidenceReader {
  private final Problems problems;

  private EvidenceReader(Problems problems) {
    this.problems = problems;
  }

  /** The evidence of {@code root}; an empty file holds no evidence. */
  static Evidence read(Optional<Node> root, Problems problems) {
    return root.map(node -> new EvidenceReader(problems).evidence(new Item(node, FieldPath.ROOT)))
        .orElseGet(Evidence::empty);
  }

  private Evidence evidence(Item root) {
    Fields f = Fields.of(root, problems);
    ImmutableEvidence.Builder b = ImmutableEvidence.builder();
    f.optional("deal", NAME).ifPresent(b::deal);
    b.addAllJoined(f.list("joined", this::joined));
    b.addAllTrajectories(f.list("trajectories", this::trajectory));
    b.addAllContributions(f.list("contributions", this::contribution));
    b.addAllPolicyIntegrations(f.list("policyIntegrations", this::policyIntegration));
    b.addAllAppointments(f.list("appointments", this::appointment));
    b.addAllWorkingGroups(f.list("workingGroups", this::workingGroup));
    b.addAllActivities(f.list("activities", this::activity));
    b.addAllCommunications(f.list("communications", this::communication));
    b.addAllEfforts(f.list("efforts", this::effort));
    b.addAllInstruments(f.list("instruments", this::instrument));
    b.addAllKnowledgeItems(f.list("knowledgeItems", this::knowledgeItem));
    b.addAllPublications(f.list("publications", this::publication));
    b.addAllInvitations(f.list("invitations", this::invitation));
    b.addAllBarriers(f.list("barriers", this::barrier));
    f.finish();
    return b.build();
  }

  private Optional<JoinedParty> joined(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableJoinedParty.Builder b = ImmutableJoinedParty.builder().source(source(item));
    f.required("id", PARTY_ID).ifPresent(b::id);
    f.required("name", NAME).ifPresent(b::name);
    f.required("role", enumOf(Role.class)).ifPresent(b::role);
    f.required("date", DATE).ifPresent(b::date);
    return f.build(b::build);
  }

  private Optional<Trajectory> trajectory(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableTrajectory.Builder b = ImmutableTrajectory.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("party", NAME).ifPresent(b::party);
    f.required("title", NAME).ifPresent(b::title);
    f.required("kind", enumOf(TrajectoryKind.class)).ifPresent(b::kind);
    f.required("started", DATE).ifPresent(b::started);
    f.optional("category", TEXT).ifPresent(b::category);
    f.optional("status", enumOf(TrajectoryStatus.class)).ifPresent(b::status);
    f.optional("valueEur", AMOUNT).ifPresent(b::valueEur);
    b.addAllStrategies(f.list("strategies", enumOf(Strategy.class)));
    f.optional("notice", TEXT).ifPresent(b::notice);
    b.addAllStrategicProcurement(f.list("strategicProcurement", NAME));
    b.addAllEnvironmentalImpact(f.list("environmentalImpact", NAME));
    b.addAllGppCriteria(f.list("gppCriteria", NAME));
    return f.build(b::build);
  }

  private Optional<Contribution> contribution(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableContribution.Builder b = ImmutableContribution.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("year", Values.integer(1000, 9999, "a year such as 2019")).ifPresent(b::year);
    f.required("amountEur", AMOUNT).ifPresent(b::amountEur);
    return f.build(b::build);
  }

  private Optional<PolicyIntegration> policyIntegration(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutablePolicyIntegration.Builder b =
        ImmutablePolicyIntegration.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("aspect", enumOf(PolicyAspect.class)).ifPresent(b::aspect);
    f.required("date", DATE).ifPresent(b::date);
    f.optional("reference", TEXT).ifPresent(b::reference);
    return f.build(b::build);
  }

  private Optional<Appointment> appointment(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableAppointment.Builder b = ImmutableAppointment.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("member", NAME).ifPresent(b::member);
    f.required("from", DATE).ifPresent(b::from);
    f.optional("until", DATE).ifPresent(b::until);
    return f.build(b::build);
  }

  private Optional<WorkingGroup> workingGroup(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableWorkingGroup.Builder b = ImmutableWorkingGroup.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("theme", NAME).ifPresent(b::theme);
    b.addAllGuidedBy(f.requiredList("guidedBy", NAME));
    b.addAllMembers(f.list("members", NAME));
    f.required("started", DATE).ifPresent(b::started);
    return f.build(b::build);
  }

  private Optional<Activity> activity(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableActivity.Builder b = ImmutableActivity.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("date", DATE).ifPresent(b::date);
    f.required("title", NAME).ifPresent(b::title);
    b.addAllOrganisedBy(f.requiredList("organisedBy", NAME));
    b.addAllAttendees(f.list("attendees", NAME));
    return f.build(b::build);
  }

  private Optional<Communication> communication(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableCommunication.Builder b = ImmutableCommunication.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("date", DATE).ifPresent(b::date);
    f.optional("channel", TEXT).ifPresent(b::channel);
    f.optional("title", TEXT).ifPresent(b::title);
    f.optional("reference", TEXT).ifPresent(b::reference);
    return f.build(b::build);
  }

  private Optional<Effort> effort(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableEffort.Builder b = ImmutableEffort.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("commitment", COMMITMENT_ID).ifPresent(b::commitment);
    f.required("date", DATE).ifPresent(b::date);
    f.optional("description", TEXT).ifPresent(b::description);
    return f.build(b::build);
  }

  private Optional<Instrument> instrument(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableInstrument.Builder b = ImmutableInstrument.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("title", NAME).ifPresent(b::title);
    f.required("kind", enumOf(InstrumentKind.class)).ifPresent(b::kind);
    b.addAllDevelopedBy(f.requiredList("developedBy", NAME));
    b.addAllContributors(f.list("contributors", NAME));
    f.required("date", DATE).ifPresent(b::date);
    return f.build(b::build);
  }

  private Optional<KnowledgeItem> knowledgeItem(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableKnowledgeItem.Builder b = ImmutableKnowledgeItem.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("party", NAME).ifPresent(b::party);
    f.required("date", DATE).ifPresent(b::date);
    f.required("title", NAME).ifPresent(b::title);
    f.optional("text", TEXT).ifPresent(b::text);
    f.optional("factor", enumOf(Factor.class)).ifPresent(b::factor);
    f.optional("theme", TEXT).ifPresent(b::theme);
    f.optional("sensitivity", enumOf(Sensitivity.class)).ifPresent(b::sensitivity);
    return f.build(b::build);
  }

  private Optional<Publication> publication(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutablePublication.Builder b = ImmutablePublication.builder().source(source(item));
    f.required("party", NAME).ifPresent(b::party);
    f.required("date", DATE).ifPresent(b::date);
    f.required("title", NAME).ifPresent(b::title);
    f.optional("reference", TEXT).ifPresent(b::reference);
    return f.build(b::build);
  }

  private Optional<Invitation> invitation(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableInvitation.Builder b = ImmutableInvitation.builder().source(source(item));
    f.required("by", NAME).ifPresent(b::by);
    f.required("organisation", NAME).ifPresent(b::organisation);
    f.required("date", DATE).ifPresent(b::date);
    f.optional("outcome", enumOf(InvitationOutcome.class)).ifPresent(b::outcome);
    return f.build(b::build);
  }

  private Optional<Barrier> barrier(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableBarrier.Builder b = ImmutableBarrier.builder().source(source(item));
    f.required("id", NAME).ifPresent(b::id);
    f.required("raisedBy", NAME).ifPresent(b::raisedBy);
    f.required("date", DATE).ifPresent(b::date);
    f.optional("description", TEXT).ifPresent(b::description);
    f.optional("status", enumOf(BarrierStatus.class)).ifPresent(b::status);
    return f.build(b::build);
  }

  private SourceRef source(Item item) {
    return item.source(problems.file());
  }
}
