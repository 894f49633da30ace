package org.greendeal.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.CommitmentId;
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
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.PartyId;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;

/** Hand-built evidence whose text would trip up a careless writer. */
final class SampleEvidence {
  private SampleEvidence() {}

  static Evidence awkward() {
    LocalDate day = LocalDate.of(2019, 1, 31);
    return ImmutableEvidence.builder()
        .addJoined(ImmutableJoinedParty.builder().id(PartyId.of("706")).name("706")
            .role(Role.PROCURING_PARTICIPANT).date(day).build())
        .addTrajectory(ImmutableTrajectory.builder().id("1e3").party("yes").title("null")
            .kind(TrajectoryKind.NEW).started(day).valueEur(new BigDecimal("0.10"))
            .addStrategies(Strategy.REFUSE, Strategy.RECOVER).notice("#1: a - b, [c]")
            .addGppCriteria("~").build())
        .addContribution(ImmutableContribution.builder().party("Enexis,").year(2019)
            .amountEur(new BigDecimal("1500.50")).build())
        .addContribution(ImmutableContribution.builder().party("ns").year(2020)
            .amountEur(new BigDecimal("0")).build())
        .addPolicyIntegration(ImmutablePolicyIntegration.builder().party("Coöperatieve Rabobank")
            .aspect(PolicyAspect.STRATEGY).date(day).reference("https://x.nl/a?b=c&d=e#f").build())
        .addAppointment(ImmutableAppointment.builder().party("rvo").member("  advisor ")
            .from(day).until(day.plusDays(1)).build())
        .addWorkingGroup(ImmutableWorkingGroup.builder().id("wg").theme("ICT: hardware")
            .addGuidedBy("copper8", "c2c-expolab").started(day).build())
        .addActivity(ImmutableActivity.builder().id("a1").date(day).title("'quoted' \"both\"")
            .addOrganisedBy("nevi").build())
        .addCommunication(ImmutableCommunication.builder().party("ns").date(day)
            .title("line one\nline two\n").build())
        .addEffort(ImmutableEffort.builder().party("ns").commitment(CommitmentId.of("P-1"))
            .date(day).description("").build())
        .addInstrument(ImmutableInstrument.builder().id("i1").title("true")
            .kind(InstrumentKind.KNOWLEDGE_TRANSFER).addDevelopedBy("nevi").date(day).build())
        .addKnowledgeItem(ImmutableKnowledgeItem.builder().id("k1").party("alliander").date(day)
            .title("Mail jan@example.org").factor(Factor.FAILURE)
            .sensitivity(Sensitivity.PRIVACY).build())
        .addInvitation(ImmutableInvitation.builder().by("mvo-nederland").organisation("Gemeente")
            .date(day).build())
        .addBarrier(ImmutableBarrier.builder().id("b1").raisedBy("ienw").date(day)
            .status(BarrierStatus.RESOLVED).build())
        .build();
  }
}
