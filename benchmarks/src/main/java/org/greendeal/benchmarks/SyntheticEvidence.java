package org.greendeal.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
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
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.SourceRef;
import org.greendeal.model.Strategy;
import org.greendeal.model.Term;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;

/**
 * Synthetic evidence for a deal built by {@link SyntheticDeal}: a given number of records spread
 * at random over all thirteen record types and over the parties and units that each type fits,
 * the same for the same seed ({@link SplittableRandom}). Most records are dated in the term;
 * the {@link Mix} decides how many are dated outside it (most before the term, so reported, the
 * rest after the term's end, so not yet visible as of it), name an unknown party, name a party
 * whose role the record does not fit, reuse an id of their kind, name their party by its name
 * instead of its id, and, for knowledge items, hold an e-mail address or are marked sensitive.
 * Every record has a {@link SourceRef} as if read from {@code synthetic-evidence.yaml}.
 */
public final class SyntheticEvidence {
  /** The file name the records' sources give. */
  public static final String FILE = "synthetic-evidence.yaml";

  /**
   * The shares of records with each kind of irregularity, each between 0 and 1.
   *
   * @param outOfTerm dated outside the term (70% before it, 30% after it)
   * @param unknownParty naming a party the deal does not have
   * @param roleMismatch naming a party of any role in the record's own party field
   * @param duplicateId reusing an id of an earlier record of its kind (kinds with an id)
   * @param byName naming the party by its name, in capitals, instead of by its id
   * @param personalData of knowledge items, holding an e-mail address in their text
   * @param sensitive of knowledge items, marked competition- or privacy-sensitive
   */
  public record Mix(double outOfTerm, double unknownParty, double roleMismatch,
      double duplicateId, double byName, double personalData, double sensitive) {
    /** 5% out of term, 1% unknown party, 1% role mismatch, 0.5% duplicate ids, 10% by name,
     * 2% of knowledge items with an e-mail address and 0.5% marked sensitive. */
    public static final Mix DEFAULT = new Mix(0.05, 0.01, 0.01, 0.005, 0.10, 0.02, 0.005);

    /** Checks that every share lies between 0 and 1. */
    public Mix {
      for (double share : new double[] {outOfTerm, unknownParty, roleMismatch, duplicateId,
          byName, personalData, sensitive}) {
        checkArgument(share >= 0 && share <= 1, "a share must lie between 0 and 1: %s", share);
      }
    }
  }

  private static final RecordType[] TYPES = RecordType.values();
  private static final String[] THEMES = {"Bouw", "ICT", "Meubilair", "Textiel", "Catering",
      "Infra", "Energie", "Mobiliteit"};
  private static final String[] CATEGORIES = {"OFFICE_FURNITURE", "ICT_HARDWARE", "WORKWEAR",
      "CONSTRUCTION", "CATERING", "FACILITY_SERVICES"};
  private static final String[] MEMBERS = {"programme advisor", "project leader",
      "procurement advisor", "policy officer"};
  private static final String[] CHANNELS = {"website", "newsletter", "intranet", "linkedin"};
  private static final String[] LESSONS = {
    "Vroeg de markt betrekken maakt circulaire eisen haalbaar.",
    "Zonder draagvlak bij de budgethouder strandt het traject.",
    "Een functionele specificatie geeft leveranciers ruimte voor hergebruik.",
    "Terugnamegaranties moeten in het contract, niet in de offerte.",
    "Total cost of ownership overtuigt de financiele afdeling.",
  };

  private final SplittableRandom random;
  private final Mix mix;
  private final Term term;
  private final int termDays;
  private final Map<Role, List<Named>> byRole = new EnumMap<>(Role.class);
  private final List<Named> everyone = new ArrayList<>();
  private final List<Named> units = new ArrayList<>();
  private final Map<Role, List<CommitmentId>> effortCommitments = new EnumMap<>(Role.class);
  private final Map<RecordType, List<String>> issuedIds = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Integer> nextId = new EnumMap<>(RecordType.class);
  private final Map<RecordType, List<Named>> fitting = new EnumMap<>(RecordType.class);
  private int line = 1;

  /** A party or unit: its id and its name. */
  private record Named(String id, String name, Role role) {}

  private SyntheticEvidence(Deal deal, long seed, Mix mix) {
    this.random = new SplittableRandom(seed);
    this.mix = mix;
    this.term = deal.term();
    this.termDays = (int) ChronoUnit.DAYS.between(term.start(), term.end()) + 1;
    for (Role role : Role.values()) {
      byRole.put(role, new ArrayList<>());
      effortCommitments.put(role, new ArrayList<>());
    }
    for (Party party : deal.parties()) {
      Role role = deal.roleOf(party.id()).orElseThrow();
      Named named = new Named(party.id().value(), party.displayName(), role);
      byRole.get(role).add(named);
      everyone.add(named);
    }
    for (OrganisationalUnit unit : deal.units()) {
      Named named = new Named(unit.id().value(), unit.displayName(),
          deal.roleOf(unit.id()).orElseThrow());
      units.add(named);
      everyone.add(named);
    }
    for (Commitment commitment : deal.commitments()) {
      if (asksForEffortRecord(commitment.criterion())) {
        commitment.binds().roles().forEach(r -> effortCommitments.get(r).add(commitment.id()));
      }
    }
  }

  /** {@code records} records for {@code deal} with the {@link Mix#DEFAULT default mix}. */
  public static Evidence generate(Deal deal, int records, long seed) {
    return generate(deal, records, seed, Mix.DEFAULT);
  }

  /**
   * {@code records} records for {@code deal}, a deal built by {@link SyntheticDeal} (or any deal
   * with parties in all four roles); the same deal, number, seed and mix give equal evidence.
   */
  public static Evidence generate(Deal deal, int records, long seed, Mix mix) {
    checkArgument(records >= 0, "records must not be negative: %s", records);
    return new SyntheticEvidence(deal, seed, mix).generate(records);
  }

  private static boolean asksForEffortRecord(Criterion criterion) {
    if (criterion instanceof Criterion.EffortRecord) {
      return true;
    } else if (criterion instanceof Criterion.AnyOf any) {
      return any.options().stream().anyMatch(SyntheticEvidence::asksForEffortRecord);
    } else if (criterion instanceof Criterion.AllOf all) {
      return all.parts().stream().anyMatch(SyntheticEvidence::asksForEffortRecord);
    }
    return false;
  }

  private Evidence generate(int records) {
    ImmutableEvidence.Builder evidence = ImmutableEvidence.builder();
    for (int i = 0; i < records; i++) {
      line++;
      RecordType type = TYPES[random.nextInt(TYPES.length)];
      switch (type) {
        case TRAJECTORY -> evidence.addTrajectory(trajectory());
        case CONTRIBUTION -> evidence.addContribution(contribution());
        case POLICY_INTEGRATION -> evidence.addPolicyIntegration(policyIntegration());
        case APPOINTMENT -> evidence.addAppointment(appointment());
        case WORKING_GROUP -> evidence.addWorkingGroup(workingGroup());
        case ACTIVITY -> evidence.addActivity(activity());
        case COMMUNICATION -> evidence.addCommunication(communication());
        case EFFORT -> evidence.addEffort(effort());
        case INSTRUMENT -> evidence.addInstrument(instrument());
        case KNOWLEDGE_ITEM -> evidence.addKnowledgeItem(knowledgeItem());
        case PUBLICATION -> evidence.addPublication(publication());
        case INVITATION -> evidence.addInvitation(invitation());
        case BARRIER -> evidence.addBarrier(barrier());
      }
    }
    return evidence.build();
  }

  private SourceRef source() {
    return new SourceRef(FILE, line, 5);
  }

  private ImmutableTrajectory trajectory() {
    boolean isNew = random.nextInt(4) != 0;
    List<Strategy> strategies = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      strategies.add(pick(Strategy.values()));
    }
    return ImmutableTrajectory.builder()
        .id(id(RecordType.TRAJECTORY, "t"))
        .party(party(RecordType.TRAJECTORY))
        .title("Circulair inkooptraject " + line)
        .kind(isNew ? TrajectoryKind.NEW : TrajectoryKind.SCALE_UP)
        .started(date())
        .category(pick(CATEGORIES))
        .status(pick(TrajectoryStatus.values()))
        .valueEur(BigDecimal.valueOf(1_000L * (10 + random.nextInt(990))))
        .addAllStrategies(strategies)
        .source(source())
        .build();
  }

  private ImmutableContribution contribution() {
    int year;
    if (random.nextDouble() < mix.outOfTerm()) {
      year = random.nextInt(10) < 7 ? term.start().getYear() - 1 : term.end().getYear() + 1;
    } else {
      year = term.start().getYear() + random.nextInt(term.end().getYear() - term.start().getYear() + 1);
    }
    return ImmutableContribution.builder()
        .party(party(RecordType.CONTRIBUTION))
        .year(year)
        .amountEur(BigDecimal.valueOf(250L * (1 + random.nextInt(6))))
        .source(source())
        .build();
  }

  private ImmutablePolicyIntegration policyIntegration() {
    ImmutablePolicyIntegration.Builder record = ImmutablePolicyIntegration.builder()
        .party(party(RecordType.POLICY_INTEGRATION))
        .aspect(pick(PolicyAspect.values()))
        .date(date())
        .source(source());
    if (random.nextInt(5) != 0) {
      record.reference("https://example.org/beleid/" + line);
    }
    return record.build();
  }

  private ImmutableAppointment appointment() {
    return ImmutableAppointment.builder()
        .party(party(RecordType.APPOINTMENT))
        .member(pick(MEMBERS))
        .from(date())
        .source(source())
        .build();
  }

  private ImmutableWorkingGroup workingGroup() {
    return ImmutableWorkingGroup.builder()
        .id(id(RecordType.WORKING_GROUP, "wg"))
        .theme(pick(THEMES))
        .addGuidedBy(party(RecordType.WORKING_GROUP))
        .addAllMembers(anyOf(everyone, 2 + random.nextInt(3)))
        .started(date())
        .source(source())
        .build();
  }

  private ImmutableActivity activity() {
    return ImmutableActivity.builder()
        .id(id(RecordType.ACTIVITY, "a"))
        .date(date())
        .title("Bijeenkomst " + pick(THEMES))
        .addOrganisedBy(party(RecordType.ACTIVITY))
        .addAllAttendees(anyOf(byRole.get(Role.PROCURING_PARTICIPANT), 1 + random.nextInt(5)))
        .source(source())
        .build();
  }

  private ImmutableCommunication communication() {
    return ImmutableCommunication.builder()
        .party(party(RecordType.COMMUNICATION))
        .date(date())
        .channel(pick(CHANNELS))
        .title("Circulair inkopen bij ons, deel " + line)
        .reference("https://example.org/nieuws/" + line)
        .source(source())
        .build();
  }

  private ImmutableEffort effort() {
    Named party = primary(RecordType.EFFORT);
    List<CommitmentId> commitments = party == null ? List.of()
        : effortCommitments.get(party.role());
    CommitmentId commitment = commitments.isEmpty() ? CommitmentId.of("P-1")
        : commitments.get(random.nextInt(commitments.size()));
    if (random.nextDouble() < mix.roleMismatch()) {
      commitment = pickFrom(effortCommitments.get(pick(Role.values())), commitment);
    }
    return ImmutableEffort.builder()
        .party(name(party))
        .commitment(commitment)
        .date(date())
        .description("Inspanning " + line)
        .source(source())
        .build();
  }

  private ImmutableInstrument instrument() {
    return ImmutableInstrument.builder()
        .id(id(RecordType.INSTRUMENT, "i"))
        .title("Instrument " + pick(THEMES))
        .kind(pick(InstrumentKind.values()))
        .addDevelopedBy(party(RecordType.INSTRUMENT))
        .addAllContributors(anyOf(byRole.get(Role.KNOWLEDGE_PARTNER), random.nextInt(4)))
        .date(date())
        .source(source())
        .build();
  }

  private ImmutableKnowledgeItem knowledgeItem() {
    String text = pick(LESSONS);
    if (random.nextDouble() < mix.personalData()) {
      text = text + " Contact: medewerker" + random.nextInt(1000) + "@voorbeeld.nl";
    }
    Sensitivity sensitivity = random.nextDouble() < mix.sensitive()
        ? (random.nextBoolean() ? Sensitivity.COMPETITION : Sensitivity.PRIVACY)
        : Sensitivity.NONE;
    return ImmutableKnowledgeItem.builder()
        .id(id(RecordType.KNOWLEDGE_ITEM, "k"))
        .party(party(RecordType.KNOWLEDGE_ITEM))
        .date(date())
        .title("Les over " + pick(THEMES))
        .text(text)
        .factor(random.nextBoolean() ? Factor.SUCCESS : Factor.FAILURE)
        .theme(pick(THEMES))
        .sensitivity(sensitivity)
        .source(source())
        .build();
  }

  private ImmutablePublication publication() {
    return ImmutablePublication.builder()
        .party(party(RecordType.PUBLICATION))
        .date(date())
        .title("Geleerde lessen " + pick(THEMES))
        .reference("https://example.org/publicatie/" + line)
        .source(source())
        .build();
  }

  private ImmutableInvitation invitation() {
    return ImmutableInvitation.builder()
        .by(party(RecordType.INVITATION))
        .organisation("Gemeente " + line)
        .date(date())
        .outcome(pick(InvitationOutcome.values()))
        .source(source())
        .build();
  }

  private ImmutableBarrier barrier() {
    return ImmutableBarrier.builder()
        .id(id(RecordType.BARRIER, "b"))
        .raisedBy(party(RecordType.BARRIER))
        .date(date())
        .description("Belemmering in regelgeving " + line)
        .status(pick(BarrierStatus.values()))
        .source(source())
        .build();
  }

  /** How the record names its own party: unknown, a mismatched role or a fitting one. */
  private String party(RecordType type) {
    return name(primary(type));
  }

  /** The record's own party; null for an unknown one. */
  private Named primary(RecordType type) {
    double draw = random.nextDouble();
    if (draw < mix.unknownParty()) {
      return null;
    }
    if (draw < mix.unknownParty() + mix.roleMismatch() && type != RecordType.EFFORT) {
      return everyone.get(random.nextInt(everyone.size()));
    }
    List<Named> fits = fitting.computeIfAbsent(type, this::fitting);
    return fits.get(random.nextInt(fits.size()));
  }

  /** The parties and units that the type's own party field fits, as the built-in deal has it. */
  private List<Named> fitting(RecordType type) {
    return switch (type) {
      case TRAJECTORY -> concat(byRole.get(Role.PROCURING_PARTICIPANT),
          byRole.get(Role.NATIONAL_GOVERNMENT), units);
      case CONTRIBUTION, POLICY_INTEGRATION -> byRole.get(Role.PROCURING_PARTICIPANT);
      case APPOINTMENT -> concat(byRole.get(Role.FACILITATING_PARTNER), units);
      case WORKING_GROUP -> byRole.get(Role.KNOWLEDGE_PARTNER);
      case ACTIVITY -> concat(byRole.get(Role.FACILITATING_PARTNER),
          byRole.get(Role.NATIONAL_GOVERNMENT), units);
      case INSTRUMENT, INVITATION -> byRole.get(Role.FACILITATING_PARTNER);
      case PUBLICATION, BARRIER -> concat(byRole.get(Role.NATIONAL_GOVERNMENT), units);
      case COMMUNICATION, EFFORT, KNOWLEDGE_ITEM -> everyone;
    };
  }

  @SafeVarargs
  private static List<Named> concat(List<Named>... lists) {
    List<Named> all = new ArrayList<>();
    for (List<Named> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  /** An unknown party's name, or the party's id, or (by the mix) its name in capitals. */
  private String name(Named party) {
    if (party == null) {
      return "onbekende-partij-" + random.nextInt(1000);
    }
    if (random.nextDouble() < mix.byName()) {
      return party.name().toUpperCase(Locale.ROOT);
    }
    return party.id();
  }

  /** {@code count} distinct ids of {@code pool}, at most the pool's size. */
  private List<String> anyOf(List<Named> pool, int count) {
    List<String> chosen = new ArrayList<>();
    int n = Math.min(count, pool.size());
    while (chosen.size() < n) {
      String id = pool.get(random.nextInt(pool.size())).id();
      if (!chosen.contains(id)) {
        chosen.add(id);
      }
    }
    return chosen;
  }

  /** A new id of {@code type}, or (by the mix) one issued before. */
  private String id(RecordType type, String prefix) {
    List<String> issued = issuedIds.computeIfAbsent(type, t -> new ArrayList<>());
    if (!issued.isEmpty() && random.nextDouble() < mix.duplicateId()) {
      return issued.get(random.nextInt(issued.size()));
    }
    int n = nextId.merge(type, 1, Integer::sum);
    String id = prefix + n;
    issued.add(id);
    return id;
  }

  /** A day in the term or, by the mix, before it (70%) or after it (30%). */
  private LocalDate date() {
    if (random.nextDouble() < mix.outOfTerm()) {
      return random.nextInt(10) < 7
          ? term.start().minusDays(1 + random.nextInt(365))
          : term.end().plusDays(1 + random.nextInt(365));
    }
    return term.start().plusDays(random.nextInt(termDays));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pickFrom(List<T> values, T otherwise) {
    return values.isEmpty() ? otherwise : values.get(random.nextInt(values.size()));
  }
}
