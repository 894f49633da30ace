package org.greendeal.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.greendeal.model.ImmutableRecordFit;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.greendeal.model.Term;

/**
 * A deal shaped like the built-in Green Deal Circulair Inkopen 2.0, for any number of parties: the
 * four roles in the built-in deal's proportions (2 facilitating partners, 12 knowledge partners, 3
 * ministries, the rest procuring participants out of every 48), one organisational unit per
 * ministry, the built-in deal's record fits, and its 24 commitments with the same criteria
 * (effort records, {@code atLeast} with and without {@code where}, {@code anyOf}, {@code allOf},
 * {@code covers}, {@code sumPerYear} and {@code none} with {@code personalData}). R-4 binds every
 * unit. Built from the model's builders alone, so that a benchmark measures only the engine.
 *
 * <p>Party ids are {@code fp-1}, {@code kp-1}, {@code ip-1} and {@code min-1}, units {@code
 * dienst-1} (part of {@code min-1}); names are "Faciliterende Partner 1", "Kennispartner 1",
 * "Inkopende Deelnemer 1", "Ministerie 1" and "Rijksdienst 1".
 */
public final class SyntheticDeal {
  /** The term of the built-in deal, 2018-06-07 to 2020-12-31, which the synthetic deal shares. */
  public static final Term TERM = Term.of(LocalDate.of(2018, 6, 7), LocalDate.of(2020, 12, 31));

  private static final Role[] ALL_ROLES = {Role.FACILITATING_PARTNER, Role.KNOWLEDGE_PARTNER,
      Role.PROCURING_PARTICIPANT, Role.NATIONAL_GOVERNMENT};

  private SyntheticDeal() {}

  /**
   * A deal with {@code parties} parties (units not counted) and one unit per ministry.
   *
   * @param parties at least 4, so that every role has a party
   */
  public static Deal build(int parties) {
    checkArgument(parties >= 4, "a synthetic deal needs at least 4 parties, found %s", parties);
    int facilitating = share(parties, 2);
    int knowledge = share(parties, 12);
    int ministries = share(parties, 3);
    int procuring = parties - facilitating - knowledge - ministries;

    ImmutableDeal.Builder deal = ImmutableDeal.builder()
        .id("synthetic-" + parties)
        .number("0")
        .title(LocalizedText.of("Synthetische Green Deal met " + parties + " partijen",
            "Synthetic Green Deal with " + parties + " parties"))
        .signed(TERM.start())
        .term(TERM)
        .language(Language.NL)
        .putStatedCount(Role.FACILITATING_PARTNER, facilitating)
        .putStatedCount(Role.KNOWLEDGE_PARTNER, knowledge)
        .putStatedCount(Role.PROCURING_PARTICIPANT, procuring);
    addParties(deal, "fp", "Faciliterende Partner", facilitating, Role.FACILITATING_PARTNER);
    addParties(deal, "kp", "Kennispartner", knowledge, Role.KNOWLEDGE_PARTNER);
    addParties(deal, "ip", "Inkopende Deelnemer", procuring, Role.PROCURING_PARTICIPANT);
    addParties(deal, "min", "Ministerie", ministries, Role.NATIONAL_GOVERNMENT);
    List<PartyId> units = new ArrayList<>();
    for (int i = 1; i <= ministries; i++) {
      PartyId unit = PartyId.of("dienst-" + i);
      units.add(unit);
      deal.addUnit(ImmutableOrganisationalUnit.builder().id(unit).name("Rijksdienst " + i)
          .addAliases("RD" + i).partOf(PartyId.of("min-" + i)).build());
    }
    addFits(deal, units);
    addCommitments(deal, units);
    return deal.build();
  }

  /** The number of parties of a role that has {@code per48} of every 48 parties; at least 1. */
  private static int share(int parties, int per48) {
    return Math.max(1, (int) Math.round(parties * per48 / 48.0));
  }

  private static void addParties(ImmutableDeal.Builder deal, String prefix, String name, int count,
      Role role) {
    for (int i = 1; i <= count; i++) {
      PartyId id = PartyId.of(prefix + "-" + i);
      deal.addParty(ImmutableParty.builder().id(id).name(name + " " + i).build());
      deal.addRole(PartyRole.of(id, role));
    }
  }

  private static void addFits(ImmutableDeal.Builder deal, List<PartyId> units) {
    fit(deal, RecordType.TRAJECTORY, null, List.of(),
        Role.PROCURING_PARTICIPANT, Role.NATIONAL_GOVERNMENT);
    fit(deal, RecordType.CONTRIBUTION, null, List.of(), Role.PROCURING_PARTICIPANT);
    fit(deal, RecordType.POLICY_INTEGRATION, null, List.of(), Role.PROCURING_PARTICIPANT);
    fit(deal, RecordType.APPOINTMENT, null, units, Role.FACILITATING_PARTNER);
    fit(deal, RecordType.WORKING_GROUP, "guidedBy", List.of(), Role.KNOWLEDGE_PARTNER);
    fit(deal, RecordType.INSTRUMENT, "developedBy", List.of(), Role.FACILITATING_PARTNER);
    fit(deal, RecordType.INVITATION, null, List.of(), Role.FACILITATING_PARTNER);
    fit(deal, RecordType.ACTIVITY, "organisedBy", List.of(),
        Role.FACILITATING_PARTNER, Role.NATIONAL_GOVERNMENT);
    fit(deal, RecordType.PUBLICATION, null, List.of(), Role.NATIONAL_GOVERNMENT);
    fit(deal, RecordType.BARRIER, null, List.of(), Role.NATIONAL_GOVERNMENT);
  }

  private static void fit(ImmutableDeal.Builder deal, RecordType records, String partyField,
      List<PartyId> parties, Role... roles) {
    ImmutableRecordFit.Builder fit = ImmutableRecordFit.builder().records(records)
        .addRoles(roles).addAllParties(parties);
    if (partyField != null) {
      fit.partyField(partyField);
    }
    deal.addRecordFit(fit.build());
  }

  private static void addCommitments(ImmutableDeal.Builder deal, List<PartyId> units) {
    Binding everyone = Binding.each(ALL_ROLES);
    Binding procuring = Binding.each(Role.PROCURING_PARTICIPANT);
    Binding facilitating = Binding.each(Role.FACILITATING_PARTNER);
    Binding knowledge = Binding.each(Role.KNOWLEDGE_PARTNER);
    Binding government = Binding.together(Role.NATIONAL_GOVERNMENT);
    Criterion effort = new Criterion.EffortRecord();
    Criterion effortOrKnowledge = new Criterion.AnyOf(List.of(effort,
        atLeast(1, RecordType.KNOWLEDGE_ITEM, null, Condition.always(), false)));

    add(deal, "P-1", "support the trajectories", everyone, Obligation.EFFORT, effort);
    add(deal, "P-2", "share knowledge", everyone, Obligation.EFFORT, effortOrKnowledge);
    add(deal, "P-3", "seek support inside the organisation", everyone, Obligation.EFFORT, effort);
    add(deal, "P-4", "explore further cooperation", everyone, Obligation.EFFORT, effort);
    add(deal, "IP-1", "start circular trajectories", procuring, Obligation.RESULT,
        new Criterion.AnyOf(List.of(
            atLeast(2, RecordType.TRAJECTORY, null, new Condition.Equals("kind", "NEW"), false),
            atLeast(1, RecordType.TRAJECTORY, null, new Condition.Equals("kind", "SCALE_UP"),
                false))));
    add(deal, "IP-2", "integrate in process, policy and strategy", procuring, Obligation.RESULT,
        new Criterion.Covers(RecordType.POLICY_INTEGRATION, "aspect",
            Set.of("PROCESS", "POLICY", "STRATEGY"), new Condition.Present("reference")));
    add(deal, "IP-3", "propagate circular procurement", procuring, Obligation.EFFORT,
        atLeast(1, RecordType.COMMUNICATION, null, Condition.always(), false));
    add(deal, "IP-4", "take part in the project team's activities", procuring, Obligation.EFFORT,
        atLeast(1, RecordType.ACTIVITY, "attendees", Condition.always(), true));
    add(deal, "IP-5", "yearly contribution of at most EUR 1,500", procuring, Obligation.LIMIT,
        new Criterion.SumPerYearAtMost(RecordType.CONTRIBUTION, "amountEur",
            new BigDecimal("1500")));
    add(deal, "FP-1", "appoint project-team members", facilitating, Obligation.RESULT,
        atLeast(1, RecordType.APPOINTMENT, null, Condition.always(), false));
    add(deal, "FP-2", "organise knowledge exchange", facilitating, Obligation.EFFORT,
        atLeast(1, RecordType.ACTIVITY, "organisedBy", Condition.always(), false));
    add(deal, "FP-3", "develop instruments", facilitating, Obligation.EFFORT,
        atLeast(1, RecordType.INSTRUMENT, "developedBy", Condition.always(), false));
    add(deal, "FP-4", "stimulate cooperation", facilitating, Obligation.EFFORT, effort);
    add(deal, "FP-5", "invite other organisations", facilitating, Obligation.EFFORT,
        atLeast(1, RecordType.INVITATION, null, Condition.always(), false));
    add(deal, "FP-6", "make resources available", facilitating, Obligation.EFFORT, effort);
    add(deal, "KP-1", "guide a working group", knowledge, Obligation.RESULT,
        atLeast(1, RecordType.WORKING_GROUP, "guidedBy", Condition.always(), false));
    add(deal, "KP-2", "share knowledge on scaling up", knowledge, Obligation.EFFORT,
        effortOrKnowledge);
    add(deal, "KP-3", "take part in discussions and research", knowledge, Obligation.EFFORT,
        effort);
    add(deal, "KP-4", "contribute to instruments", knowledge, Obligation.EFFORT,
        atLeast(1, RecordType.INSTRUMENT, "contributors", Condition.always(), false));
    add(deal, "R-1", "start trajectories and publish what was learned", government,
        Obligation.EFFORT, new Criterion.AllOf(List.of(
            atLeast(1, RecordType.TRAJECTORY, null, Condition.always(), false),
            atLeast(1, RecordType.PUBLICATION, null, Condition.always(), false))));
    add(deal, "R-2", "remove barriers in laws and regulations", government, Obligation.EFFORT,
        atLeast(1, RecordType.BARRIER, null, Condition.always(), false));
    add(deal, "R-3", "share knowledge with foreign networks", government, Obligation.EFFORT,
        effort);
    add(deal, "R-4", "units appoint project-team members",
        ImmutableBinding.builder().addAllParties(units).scope(Scope.EACH).build(),
        Obligation.RESULT, atLeast(1, RecordType.APPOINTMENT, null, Condition.always(), false));
    add(deal, "D-1", "no sensitive information exchanged", everyone, Obligation.PROHIBITION,
        new Criterion.NoneMatching(RecordType.KNOWLEDGE_ITEM, new Condition.Any(List.of(
            new Condition.Not(new Condition.Equals("sensitivity", "NONE")),
            new Condition.PersonalData(List.of("title", "text"))))));
  }

  private static Criterion atLeast(int count, RecordType records, String partyField,
      Condition where, boolean showTotal) {
    return new Criterion.AtLeast(count, records, Optional.ofNullable(partyField), where,
        showTotal);
  }

  private static void add(ImmutableDeal.Builder deal, String id, String title, Binding binds,
      Obligation obligation, Criterion criterion) {
    ImmutableCommitment.Builder commitment = ImmutableCommitment.builder()
        .id(CommitmentId.of(id))
        .title(LocalizedText.same(title))
        .text(LocalizedText.same(title))
        .binds(binds)
        .obligation(obligation)
        .criterion(criterion);
    if (obligation == Obligation.RESULT) {
      commitment.due(TERM.end());
    }
    deal.addCommitment(commitment.build());
  }
}
