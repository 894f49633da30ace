package org.greendeal.imports.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Factor;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableAppointment;
import org.greendeal.model.ImmutableBarrier;
import org.greendeal.model.ImmutableCommunication;
import org.greendeal.model.ImmutableContribution;
import org.greendeal.model.ImmutableEffort;
import org.greendeal.model.ImmutableInstrument;
import org.greendeal.model.ImmutableInvitation;
import org.greendeal.model.ImmutableJoinedParty;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.PartyId;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;

/**
 * Builds the model record of one row. The row's required values are there (the binder checked);
 * a constraint the model still refuses throws IllegalArgumentException or IllegalStateException.
 */
final class RecordFactory {
  private RecordFactory() {}

  /** The record of {@code type} that {@code v} describes, with {@code source} as its source. */
  static Object build(SheetType type, RowValues v, SourceRef source) {
    return switch (type) {
      case TRAJECTORIES -> {
        ImmutableTrajectory.Builder b = ImmutableTrajectory.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("party", String.class).ifPresent(b::party);
        v.get("title", String.class).ifPresent(b::title);
        v.get("kind", TrajectoryKind.class).ifPresent(b::kind);
        v.get("started", LocalDate.class).ifPresent(b::started);
        v.get("category", String.class).ifPresent(b::category);
        v.get("status", TrajectoryStatus.class).ifPresent(b::status);
        v.get("valueEur", BigDecimal.class).ifPresent(b::valueEur);
        b.addAllStrategies(v.list("strategies", Strategy.class));
        v.get("notice", String.class).ifPresent(b::notice);
        yield b.build();
      }
      case CONTRIBUTIONS -> {
        ImmutableContribution.Builder b = ImmutableContribution.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("year", Integer.class).ifPresent(b::year);
        v.get("amountEur", BigDecimal.class).ifPresent(b::amountEur);
        yield b.build();
      }
      case POLICY_INTEGRATIONS -> {
        ImmutablePolicyIntegration.Builder b =
            ImmutablePolicyIntegration.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("aspect", PolicyAspect.class).ifPresent(b::aspect);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("reference", String.class).ifPresent(b::reference);
        yield b.build();
      }
      case APPOINTMENTS -> {
        ImmutableAppointment.Builder b = ImmutableAppointment.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("member", String.class).ifPresent(b::member);
        v.get("from", LocalDate.class).ifPresent(b::from);
        v.get("until", LocalDate.class).ifPresent(b::until);
        yield b.build();
      }
      case WORKING_GROUPS -> {
        ImmutableWorkingGroup.Builder b = ImmutableWorkingGroup.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("theme", String.class).ifPresent(b::theme);
        b.addAllGuidedBy(v.list("guidedBy", String.class));
        b.addAllMembers(v.list("members", String.class));
        v.get("started", LocalDate.class).ifPresent(b::started);
        yield b.build();
      }
      case ACTIVITIES -> {
        ImmutableActivity.Builder b = ImmutableActivity.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("title", String.class).ifPresent(b::title);
        b.addAllOrganisedBy(v.list("organisedBy", String.class));
        b.addAllAttendees(v.list("attendees", String.class));
        yield b.build();
      }
      case COMMUNICATIONS -> {
        ImmutableCommunication.Builder b = ImmutableCommunication.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("channel", String.class).ifPresent(b::channel);
        v.get("title", String.class).ifPresent(b::title);
        v.get("reference", String.class).ifPresent(b::reference);
        yield b.build();
      }
      case EFFORTS -> {
        ImmutableEffort.Builder b = ImmutableEffort.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("commitment", CommitmentId.class).ifPresent(b::commitment);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("description", String.class).ifPresent(b::description);
        yield b.build();
      }
      case INSTRUMENTS -> {
        ImmutableInstrument.Builder b = ImmutableInstrument.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("title", String.class).ifPresent(b::title);
        v.get("kind", InstrumentKind.class).ifPresent(b::kind);
        b.addAllDevelopedBy(v.list("developedBy", String.class));
        b.addAllContributors(v.list("contributors", String.class));
        v.get("date", LocalDate.class).ifPresent(b::date);
        yield b.build();
      }
      case KNOWLEDGE_ITEMS -> {
        ImmutableKnowledgeItem.Builder b = ImmutableKnowledgeItem.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("party", String.class).ifPresent(b::party);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("title", String.class).ifPresent(b::title);
        v.get("text", String.class).ifPresent(b::text);
        v.get("factor", Factor.class).ifPresent(b::factor);
        v.get("theme", String.class).ifPresent(b::theme);
        v.get("sensitivity", Sensitivity.class).ifPresent(b::sensitivity);
        yield b.build();
      }
      case PUBLICATIONS -> {
        ImmutablePublication.Builder b = ImmutablePublication.builder().source(source);
        v.get("party", String.class).ifPresent(b::party);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("title", String.class).ifPresent(b::title);
        v.get("reference", String.class).ifPresent(b::reference);
        yield b.build();
      }
      case INVITATIONS -> {
        ImmutableInvitation.Builder b = ImmutableInvitation.builder().source(source);
        v.get("by", String.class).ifPresent(b::by);
        v.get("organisation", String.class).ifPresent(b::organisation);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("outcome", InvitationOutcome.class).ifPresent(b::outcome);
        yield b.build();
      }
      case BARRIERS -> {
        ImmutableBarrier.Builder b = ImmutableBarrier.builder().source(source);
        v.get("id", String.class).ifPresent(b::id);
        v.get("raisedBy", String.class).ifPresent(b::raisedBy);
        v.get("date", LocalDate.class).ifPresent(b::date);
        v.get("description", String.class).ifPresent(b::description);
        v.get("status", BarrierStatus.class).ifPresent(b::status);
        yield b.build();
      }
      case JOINED -> {
        ImmutableJoinedParty.Builder b = ImmutableJoinedParty.builder().source(source);
        v.get("id", PartyId.class).ifPresent(b::id);
        v.get("name", String.class).ifPresent(b::name);
        v.get("role", Role.class).ifPresent(b::role);
        v.get("date", LocalDate.class).ifPresent(b::date);
        yield b.build();
      }
    };
  }
}
