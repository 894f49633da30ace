package org.greendeal.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greendeal.model.Binding;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableBinding;
import org.greendeal.model.ImmutableCommitment;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.ImmutableOrganisationalUnit;
import org.greendeal.model.ImmutablePartyRole;
import org.greendeal.model.ImmutableRecordFit;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Term;

/**
 * A made-up deal for the contract tests: one party per role and two more procuring participants
 * (one joined later), a ministry's unit, and commitments of the usual kinds.
 */
final class ExampleDeal {
  static final LocalDate START = LocalDate.of(2018, 6, 7);
  static final LocalDate END = LocalDate.of(2020, 12, 31);

  private ExampleDeal() {}

  static Deal deal() {
    return ImmutableDeal.builder()
        .id("example")
        .title(LocalizedText.same("Example deal"))
        .term(Term.of(START, END))
        .addParties(Party.of("fp", "Facilitator"), Party.of("kp", "Knowledge Partner"),
            Party.of("pp-a", "Procurer A"), Party.of("pp-b", "Coöperatieve Procurer B"),
            Party.of("pp-late", "Late Procurer"), Party.of("min", "Ministry"))
        .addRoles(role("fp", Role.FACILITATING_PARTNER), role("kp", Role.KNOWLEDGE_PARTNER),
            role("pp-a", Role.PROCURING_PARTICIPANT), role("pp-b", Role.PROCURING_PARTICIPANT),
            ImmutablePartyRole.builder().party(PartyId.of("pp-late"))
                .role(Role.PROCURING_PARTICIPANT).joined(LocalDate.of(2019, 3, 1)).build(),
            role("min", Role.NATIONAL_GOVERNMENT))
        .addUnits(ImmutableOrganisationalUnit.builder().id(PartyId.of("unit")).name("Agency")
            .partOf(PartyId.of("min")).build())
        .putStatedCount(Role.PROCURING_PARTICIPANT, 2)
        .addRecordFits(ImmutableRecordFit.builder().records(RecordType.TRAJECTORY)
            .addRoles(Role.PROCURING_PARTICIPANT, Role.NATIONAL_GOVERNMENT).build())
        .addCommitments(
            commitment("P-1", Binding.each(Role.values()), Obligation.EFFORT,
                new Criterion.EffortRecord()),
            commitment("IP-1", Binding.each(Role.PROCURING_PARTICIPANT), Obligation.RESULT,
                new Criterion.AnyOf(List.of(
                    Criterion.AtLeast.of(2, RecordType.TRAJECTORY,
                        new Condition.Equals("kind", "NEW")),
                    Criterion.AtLeast.of(1, RecordType.TRAJECTORY,
                        new Condition.Equals("kind", "SCALE_UP"))))),
            commitment("IP-5", Binding.each(Role.PROCURING_PARTICIPANT), Obligation.LIMIT,
                new Criterion.SumPerYearAtMost(RecordType.CONTRIBUTION, "amountEur",
                    new BigDecimal("1500"))),
            commitment("R-4", ImmutableBinding.builder().addParties(PartyId.of("unit")).build(),
                Obligation.RESULT,
                Criterion.AtLeast.of(1, RecordType.APPOINTMENT, Condition.always())),
            commitment("D-1", Binding.each(Role.values()), Obligation.PROHIBITION,
                new Criterion.NoneMatching(RecordType.KNOWLEDGE_ITEM,
                    new Condition.PersonalData(List.of("title", "text")))))
        .build();
  }

  /** {@link #deal()} without the commitment {@code id}. */
  static Deal without(String id) {
    Deal deal = deal();
    return ImmutableDeal.copyOf(deal).withCommitments(deal.commitments().stream()
        .filter(c -> !c.id().value().equals(id)).toList());
  }

  private static PartyRole role(String party, Role role) {
    return PartyRole.of(PartyId.of(party), role);
  }

  private static ImmutableCommitment commitment(String id, Binding binds, Obligation obligation,
      Criterion criterion) {
    ImmutableCommitment.Builder builder = ImmutableCommitment.builder()
        .id(CommitmentId.of(id))
        .title(LocalizedText.same(id))
        .text(LocalizedText.same(id))
        .binds(binds)
        .obligation(obligation)
        .criterion(criterion);
    if (obligation == Obligation.RESULT) {
      builder.due(END);
    }
    return builder.build();
  }
}
