package org.greendeal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
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
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.PartyNames;
import org.greendeal.model.PartyRole;
import org.greendeal.model.RecordFit;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.greendeal.model.Term;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid deals: parties with distinct names in one role each, units of
 * existing parties, a term within 2015..2030, and commitments whose criteria use every kind of the
 * criteria language, with conditions that name only fields their record type has.
 *
 * <p>Every generator is composed from QuickTheories' own ({@code map}, {@code zip},
 * {@code flatMap}, {@link Generate#pick}, {@link Generate#frequency}), so failing examples shrink.
 * Use them with {@code qt().forAll(DealGenerators.deals()).checkAssert(deal -> ...)}.
 */
public final class DealGenerators {
  /** The most parties {@link #deals()} generates (fewer when names would collide). */
  public static final int DEFAULT_MAX_PARTIES = 12;

  /** The most commitments {@link #deals()} generates. */
  public static final int DEFAULT_MAX_COMMITMENTS = 8;

  /** The most organisational units a generated deal has. */
  public static final int MAX_UNITS = 3;

  /** The first day a generated term may start. */
  public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

  /** The last day a generated term may end. */
  public static final LocalDate LATEST = LocalDate.of(2030, 12, 31);

  static final Term WIDEST_TERM = Term.of(EARLIEST, LATEST);

  /** How deep criteria and conditions nest (anyOf inside allOf, not inside any, ...). */
  private static final int DEPTH = 2;

  private static final List<String> ID_WORDS = List.of("gemeente", "provincie", "stichting",
      "hogeschool", "umc", "waterschap", "ministerie", "rijksdienst", "netbeheer", "bank");
  private static final List<String> ID_PLACES = List.of("utrecht", "delft", "zwolle",
      "den-haag", "groningen", "almere", "tilburg", "venlo", "oss", "ede", "zuid-holland");
  private static final List<Character> ID_CHARS =
      "abcdefghijklmnopqrstuvwxyz0123456789".chars().mapToObj(c -> (char) c).toList();
  private static final List<String> PARTY_NAME_FORMS = List.of("%s", "Gemeente %s",
      "Stichting %s", "Coöperatieve %s", "%s B.V.", "Ministerie van %s");
  private static final List<String> UNIT_NAME_FORMS = List.of("Rijksdienst %s", "Dienst %s",
      "Directie %s", "%s");
  private static final List<String> DEFAULT_PARTY_VALUES = List.of("provincie-utrecht", "ns",
      "copper8", "mvo-nederland", "ienw", "rvo", "Nederlandse Spoorwegen", "Enexis,");

  private DealGenerators() {}

  /**
   * Party ids in the shape of {@link PartyId}: lower-case words joined by hyphens (such as {@code
   * gemeente-delft}), random letters and digits, or digits only (such as {@code 706}).
   */
  public static Gen<PartyId> partyIds() {
    Gen<String> named = Generate.pick(ID_WORDS)
        .zip(Generate.pick(ID_PLACES), (word, place) -> word + "-" + place);
    Gen<String> segment = lists().of(Generate.pick(ID_CHARS)).ofSizeBetween(1, 6)
        .map(DealGenerators::join);
    Gen<String> random = lists().of(segment).ofSizeBetween(1, 3).map(s -> String.join("-", s));
    Gen<String> digits = integers().between(1, 999).map(n -> Integer.toString(n));
    return Generate.frequency(Pair.of(3, named), Pair.of(4, random), Pair.of(1, digits))
        .map(PartyId::of);
  }

  /**
   * Parties whose names are made from their ids, such as "Gemeente Den Haag" for {@code
   * gemeente-den-haag}: sometimes with the annex's trailing comma (then with a clean display
   * name), sometimes with aliases (the id in capitals, a name with an accent, an abbreviation).
   */
  public static Gen<Party> parties() {
    return partyIds().zip(Generate.pick(PARTY_NAME_FORMS), Generate.booleans(),
        integers().between(0, 7), DealGenerators::party);
  }

  /**
   * Valid deals of at most {@value #DEFAULT_MAX_PARTIES} parties and {@value
   * #DEFAULT_MAX_COMMITMENTS} commitments; see {@link #deals(int, int)}.
   */
  public static Gen<Deal> deals() {
    return deals(DEFAULT_MAX_PARTIES, DEFAULT_MAX_COMMITMENTS);
  }

  /**
   * Valid deals: 1 to {@code maxParties} parties with distinct ids and names (compared as {@link
   * PartyNames#key} compares them), each in exactly one role, 1 to 4 roles in use, 0 to
   * {@value #MAX_UNITS} units of existing parties, a term within {@link #EARLIEST}..{@link
   * #LATEST}, stated counts that match the annex, disagree with it or are left out, record fits,
   * and 1 to {@code maxCommitments} commitments (see {@link #commitments(Deal)}).
   *
   * @param maxParties the most parties, at least 1
   * @param maxCommitments the most commitments, at least 1
   */
  public static Gen<Deal> deals(int maxParties, int maxCommitments) {
    checkArgument(maxParties >= 1, "maxParties must be at least 1: %s", maxParties);
    checkArgument(maxCommitments >= 1, "maxCommitments must be at least 1: %s", maxCommitments);
    return lists().of(parties()).ofSizeBetween(1, maxParties)
        .map(DealGenerators::withDistinctNames)
        .flatMap(DealGenerators::skeletons)
        .flatMap(skeleton -> dealsOf(skeleton, maxCommitments));
  }

  /**
   * Valid deals like {@link #deals()}, each with at least one commitment judged by a criterion
   * from {@code criteria}; useful to aim a property at one part of the criteria language.
   *
   * @param criteria the criteria to judge the extra commitment by; they may name any party field
   *     value, since the deal's parties are not known when the criterion is generated
   */
  public static Gen<Deal> dealsWithCommitments(Gen<Criterion> criteria) {
    return deals().flatMap(deal -> commitments(deal).zip(criteria, (commitment, criterion) ->
        ImmutableDeal.copyOf(deal).withCommitments(numbered(plus(deal.commitments(),
            ImmutableCommitment.copyOf(commitment).withCriterion(criterion))))));
  }

  /**
   * Commitments that fit {@code deal}: an id in the shape {@code [A-Z]+-[0-9]+} (made unique by
   * the deal generators, not here), a binding of roles that some party of the deal has, or of
   * parties and units it has, each or together, any obligation, a due date within the term for a
   * RESULT, and a criterion from {@link #criteria(List)} with the deal's ids as party values.
   *
   * @param deal the deal whose roles, parties and term the commitments refer to
   */
  public static Gen<Commitment> commitments(Deal deal) {
    return commitments(Context.of(deal.term(), deal.roles(), deal.parties(), deal.units()));
  }

  /**
   * Commitment ids in the shape {@code [A-Z]+-[0-9]+}, such as {@code IP-3}; from a small pool,
   * so equal ids occur.
   */
  public static Gen<CommitmentId> commitmentIds() {
    return Generate.pick(Vocabulary.COMMITMENT_PREFIXES)
        .zip(integers().between(1, 12), (prefix, n) -> CommitmentId.of(prefix + "-" + n));
  }

  /** Terms whose start and end lie within {@link #EARLIEST}..{@link #LATEST}, start &lt;= end. */
  public static Gen<Term> terms() {
    return datesIn(WIDEST_TERM).flatMap(start -> {
      LocalDate last = start.plusYears(6).isBefore(LATEST) ? start.plusYears(6) : LATEST;
      return datesIn(Term.of(start, last)).map(end -> Term.of(start, end));
    });
  }

  /**
   * Days of {@code term}, both boundaries included.
   *
   * @param term the term whose days are drawn
   */
  public static Gen<LocalDate> datesIn(Term term) {
    long days = ChronoUnit.DAYS.between(term.start(), term.end());
    checkArgument(days <= Integer.MAX_VALUE, "term too long: %s", term);
    return integers().between(0, (int) days).map(n -> term.start().plusDays(n));
  }

  /** Euro amounts with two decimals from 0.00 to 5000.00. */
  public static Gen<BigDecimal> amounts() {
    return amountsUpTo(5000);
  }

  /**
   * Criteria of every kind of the criteria language: {@link Criterion.AtLeast}, {@link
   * Criterion.EffortRecord}, {@link Criterion.AnyOf}, {@link Criterion.AllOf}, {@link
   * Criterion.Covers}, {@link Criterion.SumPerYearAtMost} and {@link Criterion.NoneMatching},
   * nested at most two deep, with party values from a fixed list of example names.
   */
  public static Gen<Criterion> criteria() {
    return criteria(DEFAULT_PARTY_VALUES);
  }

  /**
   * Criteria like {@link #criteria()} whose conditions and covered values compare party fields
   * with {@code parties}.
   *
   * @param parties party references (ids or names) to compare party fields with; not empty
   */
  public static Gen<Criterion> criteria(List<String> parties) {
    checkArgument(!parties.isEmpty(), "criteria: parties is empty");
    return criteria(parties, conditionsByType(parties), DEPTH);
  }

  /**
   * Conditions of every kind ({@link Condition.Always}, {@link Condition.Equals}, {@link
   * Condition.In}, {@link Condition.Present}, {@link Condition.PersonalData}, {@link
   * Condition.Not}, {@link Condition.Any}, {@link Condition.All}) on records of {@code type},
   * naming only fields that the type has.
   *
   * @param type the record type whose fields the conditions test
   */
  public static Gen<Condition> conditions(RecordType type) {
    return conditions(type, DEFAULT_PARTY_VALUES, DEPTH);
  }

  /**
   * Conditions like {@link #conditions(RecordType)} that compare party fields with {@code
   * parties}.
   *
   * @param type the record type whose fields the conditions test
   * @param parties party references to compare party fields with; not empty
   */
  public static Gen<Condition> conditions(RecordType type, List<String> parties) {
    checkArgument(!parties.isEmpty(), "conditions: parties is empty");
    return conditions(type, parties, DEPTH);
  }

  // ---- parties and units --------------------------------------------------------------------

  private static Party party(PartyId id, String form, boolean annexComma, int aliases) {
    String display = String.format(Locale.ROOT, form, title(id));
    ImmutableParty.Builder party = ImmutableParty.builder().id(id)
        .name(annexComma ? display + "," : display);
    if (annexComma) {
      party.displayName(display);
    }
    if ((aliases & 1) != 0) {
      party.addAlias(id.value().toUpperCase(Locale.ROOT));
    }
    if ((aliases & 2) != 0) {
      party.addAlias("Coöperatie " + title(id));
    }
    if ((aliases & 4) != 0) {
      party.addAlias(abbreviation(id));
    }
    return party.build();
  }

  /** "den-haag" becomes "Den Haag". */
  private static String title(PartyId id) {
    StringBuilder title = new StringBuilder();
    for (String word : id.value().split("-")) {
      if (word.isEmpty()) {
        continue;
      }
      if (title.length() > 0) {
        title.append(' ');
      }
      title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return title.length() == 0 ? id.value() : title.toString();
  }

  /** "gemeente-den-haag" becomes "GDH (gemeente-den-haag)". */
  private static String abbreviation(PartyId id) {
    StringBuilder initials = new StringBuilder();
    for (String word : id.value().split("-")) {
      if (!word.isEmpty()) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials + " (" + id.value() + ")";
  }

  private static List<String> names(Party party) {
    List<String> names = new ArrayList<>(List.of(party.id().value(), party.name(),
        party.displayName()));
    names.addAll(party.aliases());
    return names;
  }

  private static List<String> names(OrganisationalUnit unit) {
    List<String> names = new ArrayList<>(List.of(unit.id().value(), unit.name(),
        unit.displayName()));
    names.addAll(unit.aliases());
    return names;
  }

  /**
   * Keeps each party whose id and names cannot be confused with those of a party kept before it,
   * as {@link Deal} requires; the first party is always kept.
   */
  static List<Party> withDistinctNames(List<Party> candidates) {
    Map<String, PartyId> taken = new HashMap<>();
    return candidates.stream().filter(p -> claim(taken, p.id(), names(p))).toList();
  }

  private static boolean claim(Map<String, PartyId> taken, PartyId id, List<String> names) {
    Set<String> keys = new HashSet<>();
    names.forEach(n -> keys.add(PartyNames.key(n)));
    if (keys.contains("") || keys.stream().anyMatch(taken::containsKey)) {
      return false;
    }
    keys.forEach(k -> taken.put(k, id));
    return true;
  }

  /** What a generated unit is made of before the deal's parties are known. */
  private record UnitSpec(PartyId id, int parent, String form, boolean alias) {}

  /** What a generated party role is made of before the term is known. */
  private record RoleSpec(int role, Optional<Integer> joinedPercent) {}

  /** The parties, roles, units and term of a deal, before its commitments. */
  private record Skeleton(List<Party> parties, List<PartyRole> roles,
      List<OrganisationalUnit> units, Term term) {}

  private static Gen<Skeleton> skeletons(List<Party> parties) {
    Gen<RoleSpec> roleSpecs = integers().between(0, 99)
        .zip(integers().between(0, 100).toOptionals(90), RoleSpec::new);
    Gen<UnitSpec> unitSpecs = partyIds().zip(integers().between(0, 99),
        Generate.pick(UNIT_NAME_FORMS), Generate.booleans(), UnitSpec::new);
    return integers().between(1, 15).zip(
        lists().of(roleSpecs).ofSize(parties.size()),
        lists().of(unitSpecs).ofSizeBetween(0, MAX_UNITS),
        terms(),
        (roleMask, roles, units, term) -> skeleton(parties, roleMask, roles, units, term));
  }

  private static Skeleton skeleton(List<Party> parties, int roleMask, List<RoleSpec> roleSpecs,
      List<UnitSpec> unitSpecs, Term term) {
    List<Role> used = subset(Arrays.asList(Role.values()), roleMask);
    long termDays = ChronoUnit.DAYS.between(term.start(), term.end());
    List<PartyRole> roles = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      RoleSpec spec = roleSpecs.get(i);
      Role role = i < used.size() ? used.get(i) : used.get(spec.role() % used.size());
      ImmutablePartyRole.Builder partyRole = ImmutablePartyRole.builder()
          .party(parties.get(i).id()).role(role);
      if (i > 0) {
        spec.joinedPercent().ifPresent(
            percent -> partyRole.joined(term.start().plusDays(termDays * percent / 100)));
      }
      roles.add(partyRole.build());
    }
    Map<String, PartyId> taken = new HashMap<>();
    parties.forEach(p -> claim(taken, p.id(), names(p)));
    List<OrganisationalUnit> units = new ArrayList<>();
    for (UnitSpec spec : unitSpecs) {
      String name = String.format(Locale.ROOT, spec.form(), title(spec.id()));
      ImmutableOrganisationalUnit.Builder unit = ImmutableOrganisationalUnit.builder()
          .id(spec.id()).name(name).partOf(parties.get(spec.parent() % parties.size()).id());
      if (spec.alias()) {
        unit.addAlias(spec.id().value().toUpperCase(Locale.ROOT));
      }
      OrganisationalUnit built = unit.build();
      if (claim(taken, built.id(), names(built))) {
        units.add(built);
      }
    }
    return new Skeleton(parties, List.copyOf(roles), List.copyOf(units), term);
  }

  /** The elements of {@code all} whose bit is set in {@code mask}. */
  private static <T> List<T> subset(List<T> all, int mask) {
    List<T> subset = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        subset.add(all.get(i));
      }
    }
    return subset;
  }

  // ---- deals --------------------------------------------------------------------------------

  /** What a commitment may refer to: the roles held, the parties and units, the term. */
  private record Context(Term term, List<Role> roles, List<PartyId> ids, List<String> values) {
    static Context of(Term term, List<PartyRole> roles, List<Party> parties,
        List<OrganisationalUnit> units) {
      List<Role> held = roles.stream().map(PartyRole::role).distinct().toList();
      List<PartyId> ids = new ArrayList<>();
      parties.forEach(p -> ids.add(p.id()));
      units.forEach(u -> ids.add(u.id()));
      List<String> values = ids.stream().map(PartyId::value).toList();
      return new Context(term, held, List.copyOf(ids), values);
    }
  }

  /** The deal's id, number, title, subtitle, signing and language. */
  private record Meta(int number, int flags, LocalizedText title, Language language) {}

  private static Gen<Deal> dealsOf(Skeleton skeleton, int maxCommitments) {
    Context context = Context.of(skeleton.term(), skeleton.roles(), skeleton.parties(),
        skeleton.units());
    Gen<List<Commitment>> commitments = lists().of(commitments(context))
        .ofSizeBetween(1, maxCommitments).map(DealGenerators::numbered);
    Gen<Meta> metas = integers().between(1, 999).zip(integers().between(0, 7),
        Generate.pick(List.of(LocalizedText.of("Circulair inkopen", "Circular procurement"),
            LocalizedText.of("Van pilot naar opschaling", "From pilot to scaling up"),
            LocalizedText.same("Green Deal"))),
        Generate.enumValues(Language.class), Meta::new);
    return commitments.zip(statedCounts(skeleton.roles()), recordFits(context), metas,
        (cs, counts, fits, meta) -> {
          ImmutableDeal.Builder deal = ImmutableDeal.builder()
              .id("gd-" + meta.number())
              .title(meta.title())
              .term(skeleton.term())
              .language(meta.language())
              .parties(skeleton.parties())
              .roles(skeleton.roles())
              .units(skeleton.units())
              .commitments(cs)
              .statedCounts(counts)
              .recordFits(fits);
          if ((meta.flags() & 1) != 0) {
            deal.number(String.valueOf(meta.number()));
          }
          if ((meta.flags() & 2) != 0) {
            deal.signed(skeleton.term().start());
          }
          if ((meta.flags() & 4) != 0) {
            deal.subtitle(LocalizedText.of("Ondertitel", "Subtitle"));
          }
          return deal.build();
        });
  }

  /** Numbers the commitments per prefix (IP-1, IP-2, P-1, ...), so that ids are unique. */
  static List<Commitment> numbered(List<Commitment> commitments) {
    Map<String, Integer> next = new HashMap<>();
    List<Commitment> numbered = new ArrayList<>();
    for (Commitment c : commitments) {
      String value = c.id().value();
      int dash = value.indexOf('-');
      String prefix = dash < 0 ? value : value.substring(0, dash);
      int n = next.merge(prefix, 1, Integer::sum);
      numbered.add(ImmutableCommitment.copyOf(c).withId(CommitmentId.of(prefix + "-" + n)));
    }
    return List.copyOf(numbered);
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> plus = new ArrayList<>(list);
    plus.add(element);
    return plus;
  }

  private static Gen<Map<Role, Integer>> statedCounts(List<PartyRole> roles) {
    Map<Role, Integer> actual = new EnumMap<>(Role.class);
    roles.forEach(r -> actual.merge(r.role(), 1, Integer::sum));
    Gen<Map<Role, Integer>> off = Generate.enumValues(Role.class)
        .zip(Generate.booleans(), (role, up) -> {
          Map<Role, Integer> counts = new EnumMap<>(actual);
          int count = actual.getOrDefault(role, 0);
          counts.put(role, up || count == 0 ? count + 1 : count - 1);
          return counts;
        });
    return Generate.frequency(Pair.of(2, Generate.<Map<Role, Integer>>constant(Map.of())),
        Pair.of(3, Generate.<Map<Role, Integer>>constant(Collections.unmodifiableMap(actual))), Pair.of(2, off));
  }

  private static Gen<List<RecordFit>> recordFits(Context context) {
    int allRoles = (1 << context.roles().size()) - 1;
    Gen<RecordFit> fits = Generate.enumValues(RecordType.class).flatMap(type ->
        Generate.pick(type.partyFields()).zip(integers().between(0, allRoles),
            lists().of(Generate.pick(context.ids())).ofSizeBetween(0, 2),
            (field, mask, parties) -> {
              List<Role> roles = subset(context.roles(), mask);
              List<PartyId> named = List.copyOf(new LinkedHashSet<>(parties));
              return ImmutableRecordFit.builder().records(type).partyField(field)
                  .roles(roles.isEmpty() && named.isEmpty() ? context.roles() : roles)
                  .parties(named).build();
            }));
    return lists().of(fits).ofSizeBetween(0, 3).map(list -> {
      Set<String> seen = new HashSet<>();
      return list.stream().filter(f -> seen.add(f.records().key() + "." + f.partyField()))
          .toList();
    });
  }

  // ---- commitments ----------------------------------------------------------------------------

  private static Gen<Commitment> commitments(Context context) {
    Gen<Optional<LocalDate>> dues = Generate.frequency(
        Pair.of(3, datesIn(context.term())),
        Pair.of(1, Generate.constant(context.term().end()))).map(Optional::of);
    return Generate.pick(Vocabulary.COMMITMENT_PREFIXES).zip(bindings(context),
        Generate.enumValues(Obligation.class), dues, criteria(context.values()),
        (prefix, binds, obligation, due, criterion) -> ImmutableCommitment.builder()
            .id(CommitmentId.of(prefix + "-1"))
            .title(title(obligation))
            .text(LocalizedText.of("De gebonden partijen " + verb(obligation).nl() + ".",
                "The bound parties " + verb(obligation).en() + "."))
            .binds(binds)
            .obligation(obligation)
            .due(obligation == Obligation.RESULT ? due : Optional.empty())
            .criterion(criterion)
            .build());
  }

  private static LocalizedText title(Obligation obligation) {
    return switch (obligation) {
      case EFFORT -> LocalizedText.of("Zich inspannen", "Strive for");
      case RESULT -> LocalizedText.of("Resultaat behalen", "Achieve a result");
      case LIMIT -> LocalizedText.of("Maximum respecteren", "Keep within a limit");
      case PROHIBITION -> LocalizedText.of("Niet uitwisselen", "Do not exchange");
    };
  }

  private static LocalizedText verb(Obligation obligation) {
    return switch (obligation) {
      case EFFORT -> LocalizedText.of("spannen zich in", "strive");
      case RESULT -> LocalizedText.of("starten minimaal twee trajecten", "start two trajectories");
      case LIMIT -> LocalizedText.of("dragen maximaal bij", "contribute at most");
      case PROHIBITION -> LocalizedText.of("wisselen geen gevoelige informatie uit",
          "exchange no sensitive information");
    };
  }

  private static Gen<Binding> bindings(Context context) {
    int allRoles = (1 << context.roles().size()) - 1;
    Gen<Binding> byRole = integers().between(1, allRoles).zip(Generate.enumValues(Scope.class),
        (mask, scope) -> ImmutableBinding.builder().roles(subset(context.roles(), mask))
            .scope(scope).build());
    Gen<Binding> byParty = lists().of(Generate.pick(context.ids())).ofSizeBetween(1, 3)
        .zip(Generate.enumValues(Scope.class), (ids, scope) -> ImmutableBinding.builder()
            .parties(new LinkedHashSet<>(ids)).scope(scope).build());
    return Generate.frequency(Pair.of(3, byRole), Pair.of(1, byParty));
  }

  // ---- criteria and conditions ----------------------------------------------------------------

  private static Map<RecordType, Gen<Condition>> conditionsByType(List<String> parties) {
    Map<RecordType, Gen<Condition>> byType = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      byType.put(type, conditions(type, parties, DEPTH));
    }
    return byType;
  }

  private static Gen<Criterion> criteria(List<String> parties,
      Map<RecordType, Gen<Condition>> where, int depth) {
    Gen<RecordType> types = Generate.enumValues(RecordType.class);
    Gen<Criterion> atLeast = types.flatMap(type -> integers().between(1, 3).zip(
        Generate.pick(type.partyFields()).toOptionals(60), where.get(type),
        Generate.booleans(), (count, partyField, condition, showTotal) ->
            new Criterion.AtLeast(count, type, partyField, condition, showTotal)));
    Gen<Criterion> effortRecord = Generate.constant(new Criterion.EffortRecord());
    Gen<Criterion> covers = types.flatMap(type ->
        Generate.pick(Vocabulary.fields(type)).flatMap(field ->
            lists().of(Vocabulary.values(type, field, parties)).ofSizeBetween(1, 3)
                .zip(where.get(type), (values, condition) ->
                    new Criterion.Covers(type, field, new LinkedHashSet<>(values), condition))));
    Gen<Criterion> sumPerYear = Generate.pick(List.of(
            Pair.of(RecordType.CONTRIBUTION, "amountEur"),
            Pair.of(RecordType.TRAJECTORY, "valueEur")))
        .zip(Generate.frequency(Pair.of(3, amounts()),
                Pair.of(1, Generate.constant(new BigDecimal("1500.00")))),
            (numeric, atMost) -> new Criterion.SumPerYearAtMost(numeric._1, numeric._2, atMost));
    Gen<Criterion> none = types.flatMap(type ->
        where.get(type).map(condition -> new Criterion.NoneMatching(type, condition)));
    List<Pair<Integer, Gen<Criterion>>> kinds = new ArrayList<>(List.of(
        Pair.of(4, atLeast), Pair.of(3, effortRecord), Pair.of(2, covers),
        Pair.of(1, sumPerYear), Pair.of(2, none)));
    if (depth > 0) {
      Gen<List<Criterion>> parts = lists().of(criteria(parties, where, depth - 1))
          .ofSizeBetween(1, 3);
      kinds.add(Pair.of(2, parts.map(Criterion.AnyOf::new)));
      kinds.add(Pair.of(2, parts.map(Criterion.AllOf::new)));
    }
    return Generate.frequency(kinds);
  }

  private static Gen<Condition> conditions(RecordType type, List<String> parties, int depth) {
    Gen<String> fields = Generate.pick(Vocabulary.fields(type));
    Gen<Condition> always = Generate.constant(Condition.always());
    Gen<Condition> equals = fields.flatMap(field -> Vocabulary.values(type, field, parties)
        .map(value -> new Condition.Equals(field, value)));
    Gen<Condition> in = fields.flatMap(field ->
        lists().of(Vocabulary.values(type, field, parties)).ofSizeBetween(1, 3)
            .map(values -> new Condition.In(field, new LinkedHashSet<>(values))));
    Gen<Condition> present = fields.map(Condition.Present::new);
    Gen<Condition> personalData = lists().of(Generate.pick(Vocabulary.textFields(type)))
        .ofSizeBetween(1, 2)
        .map(names -> new Condition.PersonalData(List.copyOf(new LinkedHashSet<>(names))));
    List<Pair<Integer, Gen<Condition>>> kinds = new ArrayList<>(List.of(
        Pair.of(2, always), Pair.of(3, equals), Pair.of(2, in), Pair.of(2, present),
        Pair.of(2, personalData)));
    if (depth > 0) {
      Gen<Condition> inner = conditions(type, parties, depth - 1);
      Gen<List<Condition>> several = lists().of(inner).ofSizeBetween(1, 3);
      kinds.add(Pair.of(1, inner.map(Condition.Not::new)));
      kinds.add(Pair.of(1, several.map(Condition.Any::new)));
      kinds.add(Pair.of(1, several.map(Condition.All::new)));
    }
    return Generate.frequency(kinds);
  }

  // ---- small pieces ---------------------------------------------------------------------------

  /** Euro amounts with two decimals from 0.00 to {@code euros}.00. */
  static Gen<BigDecimal> amountsUpTo(int euros) {
    return integers().between(0, euros * 100).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder(chars.size());
    chars.forEach(s::append);
    return s.toString();
  }
}
