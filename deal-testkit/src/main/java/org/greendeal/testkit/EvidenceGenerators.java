package org.greendeal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Barrier;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Communication;
import org.greendeal.model.Contribution;
import org.greendeal.model.Deal;
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
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyNames;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.PolicyIntegration;
import org.greendeal.model.Publication;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.Term;
import org.greendeal.model.Trajectory;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;
import org.greendeal.model.WorkingGroup;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of evidence: one generator per evidence record type, and whole
 * {@link Evidence} for a given deal or for arbitrary party names.
 *
 * <p>Records name the party references they are given, are dated mostly within the term but
 * sometimes before or after it, take their ids from a pool small enough that two records of a
 * kind share an id now and then, never carry a negative amount, and have free text that now and
 * then holds an e-mail address, a phone number, an IBAN or a citizen service number. Every record
 * is built with the model's Immutables builders, so it is valid for the model.
 *
 * <p>Sizes: a list of records holds 0 to {@value #DEFAULT_MAX_RECORDS} records unless a {@code
 * maxRecordsPerList} says otherwise ({@link #evidence(Deal, int)}, {@link #listsOf(Gen, int)}).
 */
public final class EvidenceGenerators {
  /** The most records per list that the generators without a size parameter produce. */
  public static final int DEFAULT_MAX_RECORDS = 20;

  /**
   * The names that {@link #evidence(Deal)} uses for a party the deal does not have (when the deal
   * has a party of such a name, a number is added until it has not).
   */
  public static final List<String> UNKNOWN_PARTY_NAMES = List.of("Onbekende Partij",
      "Gemeente Nergenshuizen", "Acme Circular B.V.", "Stichting Zonder Naam");

  private static final List<String> NAME_FORMS = List.of("Gemeente %s", "Provincie %s",
      "Stichting %s", "Hogeschool %s", "Waterschap %s");
  private static final List<String> PLACES = List.of("Delft", "Zwolle", "Den Haag", "Tilburg",
      "Venlo", "Ede", "Groningen", "Almere");
  private static final List<String> ANNEX_NAMES = List.of("Nederlandse Spoorwegen", "Enexis,",
      "Coöperatieve Rabobank", "Ministerie van Economische Zaken en Klimaat (EZ)", "706");

  private EvidenceGenerators() {}

  // ---- whole evidence -------------------------------------------------------------------------

  /**
   * Evidence for {@code deal}, with 0 to {@value #DEFAULT_MAX_RECORDS} records per list; see
   * {@link #evidence(Deal, int)}.
   *
   * @param deal the deal whose parties, term and commitments the evidence refers to
   */
  public static Gen<Evidence> evidence(Deal deal) {
    return evidence(deal, DEFAULT_MAX_RECORDS);
  }

  /**
   * Evidence for {@code deal}: every list of an evidence file, 0 to {@code maxRecordsPerList}
   * records each, naming the deal's parties and units mostly by id, sometimes by name, display
   * name or alias (as given, in capitals or without accents), sometimes by a name the deal does
   * not know ({@link #UNKNOWN_PARTY_NAMES}); 0 to 2 parties that joined after signing (with ids
   * and names the deal does not have, named by some records); effort records that name the
   * deal's commitments, sometimes another; dated around the deal's term. Its {@code deal} is the
   * deal's id.
   *
   * @param deal the deal whose parties, term and commitments the evidence refers to
   * @param maxRecordsPerList the most records in one list, at least 0
   */
  public static Gen<Evidence> evidence(Deal deal, int maxRecordsPerList) {
    checkArgument(maxRecordsPerList >= 0, "maxRecordsPerList is negative: %s",
        maxRecordsPerList);
    Gen<String> known = partyReferences(deal);
    Gen<CommitmentId> commitments = commitmentReferences(deal);
    return joinedPartiesFor(deal).flatMap(joined -> {
      Gen<String> refs = joined.isEmpty() ? known : Generate.frequency(Pair.of(9, known),
          Pair.of(1, Generate.pick(joined.stream().map(j -> j.id().value()).toList())));
      return evidence(refs, deal.term(), commitments, joined, Optional.of(deal.id()),
          maxRecordsPerList);
    });
  }

  /**
   * Evidence with 0 to {@value #DEFAULT_MAX_RECORDS} records per list for arbitrary parties; see
   * {@link #evidence(int)}.
   */
  public static Gen<Evidence> evidence() {
    return evidence(DEFAULT_MAX_RECORDS);
  }

  /**
   * Evidence for no deal in particular: a term from {@link DealGenerators#terms()}, 1 to 8 party
   * names from {@link #partyNames()} shared by its records, 0 to 2 joined parties, and 0 to
   * {@code maxRecordsPerList} records per list; its {@code deal} is left out.
   *
   * @param maxRecordsPerList the most records in one list, at least 0
   */
  public static Gen<Evidence> evidence(int maxRecordsPerList) {
    checkArgument(maxRecordsPerList >= 0, "maxRecordsPerList is negative: %s",
        maxRecordsPerList);
    return DealGenerators.terms().flatMap(term ->
        lists().of(partyNames()).ofSizeBetween(1, 8)
            .zip(lists().of(joinedParties(term)).ofSizeBetween(0, 2), Pair::of)
            .flatMap(names -> {
              List<JoinedParty> joined = distinctJoined(names._2, Set.of());
              return evidence(Generate.pick(names._1), term, DealGenerators.commitmentIds(),
                  joined, Optional.empty(), maxRecordsPerList);
            }));
  }

  /**
   * A deal from {@link DealGenerators#deals()} with evidence for it from {@link
   * #evidence(Deal)}.
   */
  public static Gen<Pair<Deal, Evidence>> dealsWithEvidence() {
    return dealsWithEvidence(DEFAULT_MAX_RECORDS);
  }

  /**
   * A deal from {@link DealGenerators#deals()} with evidence for it from {@link
   * #evidence(Deal, int)}.
   *
   * @param maxRecordsPerList the most records in one list of the evidence, at least 0
   */
  public static Gen<Pair<Deal, Evidence>> dealsWithEvidence(int maxRecordsPerList) {
    return DealGenerators.deals().flatMap(deal ->
        evidence(deal, maxRecordsPerList).map(evidence -> Pair.of(deal, evidence)));
  }

  // ---- parties --------------------------------------------------------------------------------

  /**
   * The ways evidence names a party of {@code deal}: mostly its id (or a unit's), sometimes its
   * name, display name or an alias, as given, in capitals or without accents, and now and then a
   * name that the deal does not know.
   *
   * @param deal the deal whose parties are named
   */
  public static Gen<String> partyReferences(Deal deal) {
    List<String> ids = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Party p : deal.parties()) {
      ids.add(p.id().value());
      addNames(names, p.name(), p.displayName(), p.aliases());
    }
    for (OrganisationalUnit u : deal.units()) {
      ids.add(u.id().value());
      addNames(names, u.name(), u.displayName(), u.aliases());
    }
    checkArgument(!ids.isEmpty(), "deal %s has no parties", deal.id());
    return Generate.frequency(
        Pair.of(6, Generate.pick(ids)),
        Pair.of(3, Generate.pick(List.copyOf(names))),
        Pair.of(1, Generate.pick(unknownNames(deal))));
  }

  /**
   * Arbitrary names of organisations as evidence might give them: "Gemeente Delft", an id such as
   * {@code provincie-utrecht}, or a name with an annex's quirks ("Enexis,", accents).
   */
  public static Gen<String> partyNames() {
    Gen<String> formed = Generate.pick(NAME_FORMS).zip(Generate.pick(PLACES),
        (form, place) -> String.format(Locale.ROOT, form, place));
    return Generate.frequency(Pair.of(3, formed),
        Pair.of(2, DealGenerators.partyIds().map(PartyId::value)),
        Pair.of(1, Generate.pick(ANNEX_NAMES)));
  }

  /**
   * Parties that joined after signing (toetreding): ids {@code toetreder-N} and names "Toetreder
   * N" from a small pool, any role, joined on a day of {@code term}.
   *
   * @param term the term within which they joined
   */
  public static Gen<JoinedParty> joinedParties(Term term) {
    return integers().between(1, 30).zip(Generate.enumValues(Role.class),
        DealGenerators.datesIn(term), (n, role, date) -> ImmutableJoinedParty.builder()
            .id(PartyId.of("toetreder-" + n)).name("Toetreder " + n).role(role).date(date)
            .build());
  }

  // ---- one generator per record type ----------------------------------------------------------

  /**
   * Trajectories of the given parties: ids {@code tN}, any kind, started around {@code term},
   * with or without category, status, value (up to EUR 2,000,000), strategies, notice and eForms
   * codes.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Trajectory> trajectories(List<String> parties, Term term) {
    return trajectories(pick(parties), term);
  }

  /**
   * Yearly contributions of the given parties: mostly for a year of {@code term}, sometimes the
   * year before or after; amounts from {@link DealGenerators#amounts()} and around the EUR 1,500
   * limit of IP-5.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Contribution> contributions(List<String> parties, Term term) {
    return contributions(pick(parties), term);
  }

  /**
   * Policy integrations of the given parties: any aspect, dated around {@code term}, mostly with
   * a reference.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<PolicyIntegration> policyIntegrations(List<String> parties, Term term) {
    return policyIntegrations(pick(parties), term);
  }

  /**
   * Project-team appointments of the given parties: a role title, from a day around {@code
   * term}, sometimes until a later day.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Appointment> appointments(List<String> parties, Term term) {
    return appointments(pick(parties), term);
  }

  /**
   * Working groups: ids {@code wgN}, a theme, guided by 1 or 2 and with 0 to 4 members of the
   * given parties, started around {@code term}.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<WorkingGroup> workingGroups(List<String> parties, Term term) {
    return workingGroups(pick(parties), term);
  }

  /**
   * Project-team activities: ids {@code aN}, organised by 1 or 2 and attended by 0 to 6 of the
   * given parties, dated around {@code term}.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Activity> activities(List<String> parties, Term term) {
    return activities(pick(parties), term);
  }

  /**
   * Communications of the given parties, dated around {@code term}, with or without channel,
   * title and reference.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Communication> communications(List<String> parties, Term term) {
    return communications(pick(parties), term);
  }

  /**
   * Effort records of the given parties for commitments from {@link
   * DealGenerators#commitmentIds()}, dated around {@code term}.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Effort> efforts(List<String> parties, Term term) {
    return efforts(pick(parties), term, DealGenerators.commitmentIds());
  }

  /**
   * Effort records of the given parties for the given commitments, dated around {@code term}.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   * @param commitments the commitments the records name; not empty
   */
  public static Gen<Effort> efforts(List<String> parties, Term term,
      List<CommitmentId> commitments) {
    checkArgument(!commitments.isEmpty(), "efforts: commitments is empty");
    return efforts(pick(parties), term, Generate.pick(commitments));
  }

  /**
   * Instruments: ids {@code iN}, any kind, developed by 1 or 2 and contributed to by 0 to 3 of
   * the given parties, dated around {@code term}.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Instrument> instruments(List<String> parties, Term term) {
    return instruments(pick(parties), term);
  }

  /**
   * Knowledge items of the given parties: ids {@code kN}, dated around {@code term}, a title and
   * text that now and then hold personal data, with or without factor and theme, mostly of
   * sensitivity NONE.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<KnowledgeItem> knowledgeItems(List<String> parties, Term term) {
    return knowledgeItems(pick(parties), term);
  }

  /**
   * Publications of the given parties, dated around {@code term}, with or without reference.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Publication> publications(List<String> parties, Term term) {
    return publications(pick(parties), term);
  }

  /**
   * Invitations by the given parties to organisations that are not parties, dated around {@code
   * term}, with any outcome.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Invitation> invitations(List<String> parties, Term term) {
    return invitations(pick(parties), term);
  }

  /**
   * Barriers raised by the given parties: ids {@code bN}, dated around {@code term}, with or
   * without description, any status.
   *
   * @param parties the party references to name; not empty
   * @param term the term around which records are dated
   */
  public static Gen<Barrier> barriers(List<String> parties, Term term) {
    return barriers(pick(parties), term);
  }

  // ---- small pieces ---------------------------------------------------------------------------

  /**
   * Lists of 0 to {@value #DEFAULT_MAX_RECORDS} records.
   *
   * @param records the generator of one record
   * @param <T> the record type
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> records) {
    return listsOf(records, DEFAULT_MAX_RECORDS);
  }

  /**
   * Lists of 0 to {@code maxSize} records.
   *
   * @param records the generator of one record
   * @param maxSize the most records, at least 0
   * @param <T> the record type
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> records, int maxSize) {
    checkArgument(maxSize >= 0, "maxSize is negative: %s", maxSize);
    return lists().of(records).ofSizeBetween(0, maxSize);
  }

  /**
   * Days mostly within {@code term} (8 in 10), sometimes up to 400 days before it or after it.
   *
   * @param term the term around which the days lie
   */
  public static Gen<LocalDate> datesAround(Term term) {
    Gen<Integer> days = integers().between(1, 400);
    return Generate.frequency(
        Pair.of(8, DealGenerators.datesIn(term)),
        Pair.of(1, days.map(n -> term.start().minusDays(n))),
        Pair.of(1, days.map(n -> term.end().plusDays(n))));
  }

  /**
   * Free text: mostly a plain sentence, sometimes followed by an e-mail address, a phone number,
   * an IBAN or a citizen service number (personal data in the sense of D-1).
   */
  public static Gen<String> texts() {
    Gen<String> sentences = Generate.pick(Vocabulary.SENTENCES);
    return Generate.frequency(
        Pair.of(6, sentences),
        Pair.of(1, sentences.zip(Generate.pick(Vocabulary.EMAILS), (s, e) -> s + " Mail " + e)),
        Pair.of(1, sentences.zip(Generate.pick(Vocabulary.PHONES), (s, p) -> s + " Bel " + p)),
        Pair.of(1, sentences.zip(Generate.pick(Vocabulary.OTHER_PERSONAL_DATA),
            (s, d) -> s + " " + d)));
  }

  // ---- record generators over a generator of party references ---------------------------------

  static Gen<Trajectory> trajectories(Gen<String> refs, Term term) {
    Gen<ImmutableTrajectory> base = ids(RecordType.TRAJECTORY).zip(refs,
        Generate.pick(Vocabulary.TITLES), Generate.enumValues(TrajectoryKind.class),
        datesAround(term), (id, party, title, kind, started) -> ImmutableTrajectory.builder()
            .id(id).party(party).title(title).kind(kind).started(started).build());
    Gen<ImmutableTrajectory> described = base.zip(
        Generate.pick(Vocabulary.CATEGORIES).toOptionals(30),
        Generate.enumValues(TrajectoryStatus.class).toOptionals(30),
        DealGenerators.amountsUpTo(2_000_000).toOptionals(40),
        lists().of(Generate.enumValues(Strategy.class)).ofSizeBetween(0, 3),
        (t, category, status, value, strategies) -> t.withCategory(category).withStatus(status)
            .withValueEur(value).withStrategies(new LinkedHashSet<>(strategies)));
    return described.zip(
        integers().between(1, 99_999).map(n -> "TenderNed " + n).toOptionals(50),
        codes(Vocabulary.STRATEGIC_PROCUREMENT), codes(Vocabulary.ENVIRONMENTAL_IMPACT),
        codes(Vocabulary.GPP_CRITERIA), (t, notice, strategic, environmental, gpp) ->
            t.withNotice(notice).withStrategicProcurement(strategic)
                .withEnvironmentalImpact(environmental).withGppCriteria(gpp));
  }

  static Gen<Contribution> contributions(Gen<String> refs, Term term) {
    int first = term.start().getYear();
    int last = term.end().getYear();
    Gen<Integer> years = Generate.frequency(
        Pair.of(8, integers().between(first, last)),
        Pair.of(1, Generate.constant(first - 1)),
        Pair.of(1, Generate.constant(last + 1)));
    Gen<BigDecimal> amounts = Generate.frequency(
        Pair.of(3, DealGenerators.amounts()),
        Pair.of(1, Generate.pick(List.of(new BigDecimal("0.00"), new BigDecimal("750.00"),
            new BigDecimal("1500.00"), new BigDecimal("1500.01")))));
    return refs.zip(years, amounts, (party, year, amount) -> ImmutableContribution.builder()
        .party(party).year(year).amountEur(amount).build());
  }

  static Gen<PolicyIntegration> policyIntegrations(Gen<String> refs, Term term) {
    return refs.zip(Generate.enumValues(PolicyAspect.class), datesAround(term),
        references().toOptionals(25), (party, aspect, date, reference) ->
            ImmutablePolicyIntegration.builder().party(party).aspect(aspect).date(date)
                .reference(reference).build());
  }

  static Gen<Appointment> appointments(Gen<String> refs, Term term) {
    return refs.zip(Generate.pick(Vocabulary.MEMBERS), datesAround(term),
        integers().between(0, 730).toOptionals(70), (party, member, from, days) ->
            ImmutableAppointment.builder().party(party).member(member).from(from)
                .until(days.map(from::plusDays)).build());
  }

  static Gen<WorkingGroup> workingGroups(Gen<String> refs, Term term) {
    return ids(RecordType.WORKING_GROUP).zip(Generate.pick(Vocabulary.THEMES),
        partyLists(refs, 1, 2), partyLists(refs, 0, 4), datesAround(term),
        (id, theme, guidedBy, members, started) -> ImmutableWorkingGroup.builder().id(id)
            .theme(theme).guidedBy(guidedBy).members(members).started(started).build());
  }

  static Gen<Activity> activities(Gen<String> refs, Term term) {
    return ids(RecordType.ACTIVITY).zip(datesAround(term), Generate.pick(Vocabulary.TITLES),
        partyLists(refs, 1, 2), partyLists(refs, 0, 6),
        (id, date, title, organisedBy, attendees) -> ImmutableActivity.builder().id(id)
            .date(date).title(title).organisedBy(organisedBy).attendees(attendees).build());
  }

  static Gen<Communication> communications(Gen<String> refs, Term term) {
    return refs.zip(datesAround(term), Generate.pick(Vocabulary.CHANNELS).toOptionals(20),
        titles().toOptionals(20), references().toOptionals(30),
        (party, date, channel, title, reference) -> ImmutableCommunication.builder()
            .party(party).date(date).channel(channel).title(title).reference(reference)
            .build());
  }

  static Gen<Effort> efforts(Gen<String> refs, Term term, Gen<CommitmentId> commitments) {
    return refs.zip(commitments, datesAround(term), texts().toOptionals(30),
        (party, commitment, date, description) -> ImmutableEffort.builder().party(party)
            .commitment(commitment).date(date).description(description).build());
  }

  static Gen<Instrument> instruments(Gen<String> refs, Term term) {
    Gen<ImmutableInstrument> base = ids(RecordType.INSTRUMENT).zip(
        Generate.pick(Vocabulary.TITLES), Generate.enumValues(InstrumentKind.class),
        partyLists(refs, 1, 2), datesAround(term),
        (id, title, kind, developedBy, date) -> ImmutableInstrument.builder().id(id)
            .title(title).kind(kind).developedBy(developedBy).date(date).build());
    return base.zip(partyLists(refs, 0, 3), ImmutableInstrument::withContributors);
  }

  static Gen<KnowledgeItem> knowledgeItems(Gen<String> refs, Term term) {
    Gen<ImmutableKnowledgeItem> base = ids(RecordType.KNOWLEDGE_ITEM).zip(refs,
        datesAround(term), titles(), (id, party, date, title) ->
            ImmutableKnowledgeItem.builder().id(id).party(party).date(date).title(title)
                .build());
    Gen<Sensitivity> sensitivities = Generate.frequency(
        Pair.of(8, Generate.constant(Sensitivity.NONE)),
        Pair.of(1, Generate.constant(Sensitivity.COMPETITION)),
        Pair.of(1, Generate.constant(Sensitivity.PRIVACY)));
    return base.zip(texts().toOptionals(20), Generate.enumValues(Factor.class).toOptionals(30),
        Generate.pick(Vocabulary.THEMES).toOptionals(40), sensitivities,
        (k, text, factor, theme, sensitivity) -> k.withText(text).withFactor(factor)
            .withTheme(theme).withSensitivity(sensitivity));
  }

  static Gen<Publication> publications(Gen<String> refs, Term term) {
    return refs.zip(datesAround(term), titles(), references().toOptionals(30),
        (party, date, title, reference) -> ImmutablePublication.builder().party(party)
            .date(date).title(title).reference(reference).build());
  }

  static Gen<Invitation> invitations(Gen<String> refs, Term term) {
    return refs.zip(Generate.pick(Vocabulary.ORGANISATIONS), datesAround(term),
        Generate.enumValues(InvitationOutcome.class), (by, organisation, date, outcome) ->
            ImmutableInvitation.builder().by(by).organisation(organisation).date(date)
                .outcome(outcome).build());
  }

  static Gen<Barrier> barriers(Gen<String> refs, Term term) {
    return ids(RecordType.BARRIER).zip(refs, datesAround(term), texts().toOptionals(20),
        Generate.enumValues(BarrierStatus.class), (id, raisedBy, date, description, status) ->
            ImmutableBarrier.builder().id(id).raisedBy(raisedBy).date(date)
                .description(description).status(status).build());
  }

  // ---- assembling evidence ----------------------------------------------------------------------

  private static Gen<Evidence> evidence(Gen<String> refs, Term term,
      Gen<CommitmentId> commitments, List<JoinedParty> joined, Optional<String> deal, int max) {
    Gen<Evidence> first = listsOf(trajectories(refs, term), max).zip(
        listsOf(contributions(refs, term), max), listsOf(policyIntegrations(refs, term), max),
        listsOf(appointments(refs, term), max), (t, c, p, a) -> ImmutableEvidence.builder()
            .trajectories(t).contributions(c).policyIntegrations(p).appointments(a).build());
    Gen<Evidence> second = listsOf(workingGroups(refs, term), max).zip(
        listsOf(activities(refs, term), max), listsOf(communications(refs, term), max),
        listsOf(efforts(refs, term, commitments), max), (w, a, c, e) ->
            ImmutableEvidence.builder().workingGroups(w).activities(a).communications(c)
                .efforts(e).build());
    Gen<Evidence> third = listsOf(instruments(refs, term), max).zip(
        listsOf(knowledgeItems(refs, term), max), listsOf(publications(refs, term), max),
        listsOf(invitations(refs, term), max), (i, k, p, v) -> ImmutableEvidence.builder()
            .instruments(i).knowledgeItems(k).publications(p).invitations(v).build());
    Gen<Evidence> fourth = listsOf(barriers(refs, term), max).map(b ->
        ImmutableEvidence.builder().deal(deal).joined(joined).barriers(b).build());
    return first.zip(second, third, fourth, (a, b, c, d) -> a.concat(b).concat(c).concat(d));
  }

  /** 0 to 2 joined parties whose ids and names {@code deal} does not know. */
  private static Gen<List<JoinedParty>> joinedPartiesFor(Deal deal) {
    Set<String> taken = new HashSet<>();
    for (Party p : deal.parties()) {
      names(p.id(), p.name(), p.displayName(), p.aliases()).forEach(taken::add);
    }
    for (OrganisationalUnit u : deal.units()) {
      names(u.id(), u.name(), u.displayName(), u.aliases()).forEach(taken::add);
    }
    return lists().of(joinedParties(deal.term())).ofSizeBetween(0, 2)
        .map(joined -> distinctJoined(joined, taken));
  }

  /** The joined parties whose ids and names are new to {@code taken} and to each other. */
  private static List<JoinedParty> distinctJoined(List<JoinedParty> joined, Set<String> taken) {
    Set<String> keys = new HashSet<>(taken);
    List<JoinedParty> distinct = new ArrayList<>();
    for (JoinedParty j : joined) {
      String idKey = PartyNames.key(j.id().value());
      String nameKey = PartyNames.key(j.name());
      if (!keys.contains(idKey) && !keys.contains(nameKey)) {
        keys.add(idKey);
        keys.add(nameKey);
        distinct.add(j);
      }
    }
    return List.copyOf(distinct);
  }

  private static List<String> names(PartyId id, String name, String displayName,
      List<String> aliases) {
    List<String> keys = new ArrayList<>();
    keys.add(PartyNames.key(id.value()));
    keys.add(PartyNames.key(name));
    keys.add(PartyNames.key(displayName));
    aliases.forEach(a -> keys.add(PartyNames.key(a)));
    return keys;
  }

  /** {@link #UNKNOWN_PARTY_NAMES} that {@code deal} does not know, numbered where it does. */
  static List<String> unknownNames(Deal deal) {
    List<String> unknown = new ArrayList<>();
    for (String name : UNKNOWN_PARTY_NAMES) {
      String candidate = name;
      for (int n = 2; deal.find(candidate).isPresent(); n++) {
        candidate = name + " " + n;
      }
      unknown.add(candidate);
    }
    return unknown;
  }

  private static void addNames(Set<String> names, String name, String displayName,
      List<String> aliases) {
    List<String> given = new ArrayList<>(List.of(name, displayName));
    given.addAll(aliases);
    for (String n : given) {
      names.add(n);
      names.add(n.toUpperCase(Locale.ROOT));
      names.add(withoutAccents(n));
    }
  }

  private static String withoutAccents(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The commitments of {@code deal} (9 in 10 when it has any), else any commitment id. */
  private static Gen<CommitmentId> commitmentReferences(Deal deal) {
    List<CommitmentId> ids = deal.commitments().stream().map(Commitment::id).toList();
    if (ids.isEmpty()) {
      return DealGenerators.commitmentIds();
    }
    return Generate.frequency(Pair.of(9, Generate.pick(ids)),
        Pair.of(1, DealGenerators.commitmentIds()));
  }

  private static Gen<String> pick(List<String> parties) {
    checkArgument(!parties.isEmpty(), "parties is empty");
    return Generate.pick(List.copyOf(parties));
  }

  /** Record ids {@code <prefix>N}: mostly from 1..1000, one in ten from 1..3. */
  private static Gen<String> ids(RecordType type) {
    String prefix = Vocabulary.idPrefix(type);
    return Generate.frequency(
        Pair.of(9, integers().between(1, 1000)),
        Pair.of(1, integers().between(1, 3))).map(n -> prefix + n);
  }

  /** {@code min} to {@code max} party references, without repeats. */
  private static Gen<List<String>> partyLists(Gen<String> refs, int min, int max) {
    return lists().of(refs).ofSizeBetween(min, max)
        .map(list -> List.copyOf(new LinkedHashSet<>(list)));
  }

  /** Mostly no codes, sometimes one or two distinct codes from {@code codes}. */
  private static Gen<List<String>> codes(List<String> codes) {
    return Generate.frequency(
        Pair.of(3, Generate.<List<String>>constant(List.of())),
        Pair.of(1, lists().of(Generate.pick(codes)).ofSizeBetween(1, 2)
            .map(list -> List.copyOf(new LinkedHashSet<>(list)))));
  }

  /** Titles, now and then free text with personal data in it. */
  private static Gen<String> titles() {
    return Generate.frequency(Pair.of(5, Generate.pick(Vocabulary.TITLES)), Pair.of(1, texts()));
  }

  private static Gen<String> references() {
    return integers().between(1, 999).map(n -> "https://example.org/evidence/" + n);
  }
}
