package org.greendeal.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableBinding;
import org.greendeal.model.ImmutableCommitment;
import org.greendeal.model.ImmutableDeal;
import org.greendeal.model.ImmutableOrganisationalUnit;
import org.greendeal.model.ImmutableParty;
import org.greendeal.model.ImmutablePartyRole;
import org.greendeal.model.ImmutableRecordFit;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.greendeal.model.Term;

/** A hand-built deal that uses every feature of the deal file. */
final class SampleDeal {
  private SampleDeal() {}

  static Deal everyFeature() {
    Party ns = ImmutableParty.builder().id(PartyId.of("ns")).name("NS: \"Nederlandse\" Spoorwegen")
        .displayName("Nederlandse Spoorwegen").addAliases("NS", "yes").build();
    Party ienw = Party.of("ienw", "Ministerie van Infrastructuur en Waterstaat");
    Party sevenOhSix = Party.of("706", "706");
    return ImmutableDeal.builder()
        .id("sample")
        .number("42")
        .title(LocalizedText.of("Voorbeeld: een deal", "Sample # deal"))
        .signed(LocalDate.of(2020, 1, 2))
        .term(Term.of(LocalDate.of(2020, 1, 2), LocalDate.of(2022, 6, 30)))
        .language(Language.EN)
        .putStatedCount(Role.PROCURING_PARTICIPANT, 2)
        .putStatedCount(Role.NATIONAL_GOVERNMENT, 1)
        .addParties(ns, ienw, sevenOhSix)
        .addRoles(PartyRole.of(ns.id(), Role.PROCURING_PARTICIPANT),
            PartyRole.of(ienw.id(), Role.NATIONAL_GOVERNMENT))
        .addRole(ImmutablePartyRole.builder().party(sevenOhSix.id())
            .role(Role.PROCURING_PARTICIPANT).joined(LocalDate.of(2021, 3, 1)).build())
        .addUnit(ImmutableOrganisationalUnit.builder().id(PartyId.of("rws"))
            .name("Rijkswaterstaat").addAlias("RWS").partOf(ienw.id()).build())
        .addRecordFit(ImmutableRecordFit.builder().records(RecordType.ACTIVITY)
            .partyField("attendees").addRoles(Role.PROCURING_PARTICIPANT)
            .addParty(PartyId.of("rws")).build())
        .addRecordFit(ImmutableRecordFit.builder().records(RecordType.BARRIER)
            .addRoles(Role.NATIONAL_GOVERNMENT).build())
        .addCommitment(commitment("A-1", Binding.each(Role.PROCURING_PARTICIPANT),
            Obligation.RESULT, Optional.of(LocalDate.of(2021, 12, 31)),
            new Criterion.AnyOf(List.of(
                new Criterion.AtLeast(3, RecordType.WORKING_GROUP, Optional.of("members"),
                    new Condition.All(List.of(new Condition.Equals("theme", "ICT"),
                        new Condition.Equals("theme", "Bouw"))), false),
                new Criterion.AtLeast(1, RecordType.ACTIVITY, Optional.empty(),
                    new Condition.All(List.of(new Condition.Equals("title", "x"))), true)))))
        .addCommitment(commitment("A-2", Binding.together(Role.NATIONAL_GOVERNMENT),
            Obligation.RESULT, Optional.of(LocalDate.of(2022, 6, 30)),
            new Criterion.AllOf(List.of(
                new Criterion.Covers(RecordType.TRAJECTORY, "strategies",
                    Set.of("REUSE", "REPAIR"), new Condition.Not(new Condition.Any(List.of(
                        new Condition.In("status", Set.of("CANCELLED")),
                        new Condition.Not(new Condition.Not(new Condition.Present("notice"))))))),
                new Criterion.EffortRecord()))))
        .addCommitment(commitment("B-22", ImmutableBinding.builder().addParties(PartyId.of("rws"),
            PartyId.of("706")).scope(Scope.TOGETHER).build(), Obligation.LIMIT, Optional.empty(),
            new Criterion.SumPerYearAtMost(RecordType.TRAJECTORY, "valueEur",
                new BigDecimal("1234.50")))
            .withText(LocalizedText.of("Regel één\nregel twee", "")))
        .addCommitment(commitment("C-1", Binding.each(Role.PROCURING_PARTICIPANT,
            Role.NATIONAL_GOVERNMENT), Obligation.PROHIBITION, Optional.empty(),
            new Criterion.NoneMatching(RecordType.KNOWLEDGE_ITEM, new Condition.All(List.of(
                new Condition.PersonalData(List.of("text")),
                new Condition.Not(new Condition.Always()),
                new Condition.Any(List.of(new Condition.Always())),
                new Condition.Equals("date", "2021-01-01"))))))
        .build();
  }

  private static ImmutableCommitment commitment(String id, Binding binds, Obligation obligation,
      Optional<LocalDate> due, Criterion criterion) {
    return ImmutableCommitment.builder().id(CommitmentId.of(id))
        .title(LocalizedText.of(id + " titel", id + " title"))
        .text(LocalizedText.of("tekst", "text"))
        .binds(binds).obligation(obligation).due(due).criterion(criterion).build();
  }
}
