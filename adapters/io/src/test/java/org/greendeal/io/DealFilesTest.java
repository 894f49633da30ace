package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.io.InputFailures.problems;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.junit.jupiter.api.Test;

class DealFilesTest {
  private static final Path SMALL = EvidenceFilesTest.fixture("deals/small-deal.yaml");

  /** Three lines of a valid deal's head; what follows starts on line 4. */
  private static final String HEAD = """
      id: d
      title: {nl: D, en: D}
      term: {start: 2018-06-07, end: 2020-12-31}
      """;

  private static final String ONE_PARTY = """
      parties:
        - {id: ns, name: NS, role: PROCURING_PARTICIPANT}
      """;

  /** A commitment whose criterion is given in flow style on line 7 of its block. */
  private static String commitment(String criterion) {
    return """
        commitments:
          - id: IP-1
            title: {nl: T, en: T}
            text: {nl: T, en: T}
            binds: {roles: [PROCURING_PARTICIPANT]}
            obligation: EFFORT
            criterion: %s
        """.formatted(criterion);
  }

  private static List<String> dealProblems(String content) {
    return problems(() -> DealFiles.read("deal.yaml", content));
  }

  @Test
  void aValidDealFileIsRead() {
    Deal deal = DealFiles.read(SMALL);

    assertThat(deal.id()).isEqualTo("small-deal");
    assertThat(deal.number()).contains("999");
    assertThat(deal.title().en()).isEqualTo("Small deal");
    assertThat(deal.subtitle().map(s -> s.nl())).contains("Van pilot naar opschaling");
    assertThat(deal.signed()).contains(LocalDate.of(2018, 6, 7));
    assertThat(deal.term().end()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(deal.language()).isEqualTo(Language.NL);
    assertThat(deal.statedCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Role.FACILITATING_PARTNER, 1, Role.KNOWLEDGE_PARTNER, 1, Role.PROCURING_PARTICIPANT, 2));
    assertThat(deal.parties()).extracting(p -> p.id().value())
        .containsExactly("mvo-nederland", "copper8", "rabobank", "enexis", "ezk");
    assertThat(deal.partiesWith(Role.PROCURING_PARTICIPANT))
        .containsExactly(PartyId.of("rabobank"), PartyId.of("enexis"));
    assertThat(deal.party(PartyId.of("enexis")).orElseThrow().displayName()).isEqualTo("Enexis");
    assertThat(deal.party(PartyId.of("ezk")).orElseThrow().aliases()).containsExactly("EZK", "EZ");
    assertThat(deal.roleOf(PartyId.of("rvo"))).contains(Role.NATIONAL_GOVERNMENT);
    assertThat(deal.recordFits()).hasSize(3);
    assertThat(deal.recordFits().get(0).partyField()).isEqualTo("party");
    assertThat(deal.recordFits().get(1).parties()).containsExactly(PartyId.of("rvo"));
    assertThat(deal.commitments()).extracting(c -> c.id().value())
        .containsExactly("P-1", "IP-1", "IP-2", "IP-4", "IP-5", "R-1", "R-4", "D-1");
  }

  @Test
  void criteriaAndConditionsAreReadAsTheDocumentationDescribesThem() {
    Deal deal = DealFiles.read(SMALL);

    assertThat(criterion(deal, "P-1")).isEqualTo(new Criterion.EffortRecord());
    assertThat(deal.commitment(CommitmentId.of("IP-1")).orElseThrow().due())
        .contains(LocalDate.of(2020, 12, 31));
    assertThat(criterion(deal, "IP-1")).isEqualTo(new Criterion.AnyOf(List.of(
        Criterion.AtLeast.of(2, RecordType.TRAJECTORY, new Condition.Equals("kind", "NEW")),
        Criterion.AtLeast.of(1, RecordType.TRAJECTORY,
            new Condition.Equals("kind", "SCALE_UP")))));
    assertThat(criterion(deal, "IP-2")).isEqualTo(new Criterion.Covers(
        RecordType.POLICY_INTEGRATION, "aspect", Set.of("PROCESS", "POLICY", "STRATEGY"),
        new Condition.Present("reference")));
    assertThat(criterion(deal, "IP-4")).isEqualTo(new Criterion.AtLeast(1, RecordType.ACTIVITY,
        Optional.of("attendees"), Condition.always(), true));
    assertThat(criterion(deal, "IP-5")).isEqualTo(new Criterion.SumPerYearAtMost(
        RecordType.CONTRIBUTION, "amountEur", new BigDecimal("1500")));
    assertThat(criterion(deal, "R-1")).isEqualTo(new Criterion.AllOf(List.of(
        Criterion.AtLeast.of(1, RecordType.TRAJECTORY, new Condition.All(List.of(
            new Condition.In("status", Set.of("AWARDED", "RUNNING")),
            new Condition.Equals("strategies", "REUSE")))),
        Criterion.AtLeast.of(1, RecordType.PUBLICATION, Condition.always()))));
    assertThat(deal.commitment(CommitmentId.of("R-1")).orElseThrow().binds().scope())
        .isEqualTo(Scope.TOGETHER);
    assertThat(deal.commitment(CommitmentId.of("R-4")).orElseThrow().binds().parties())
        .containsExactly(PartyId.of("rvo"));
    assertThat(criterion(deal, "R-4")).isEqualTo(Criterion.AtLeast.of(1, RecordType.APPOINTMENT,
        new Condition.Not(new Condition.Present("until"))));
    assertThat(criterion(deal, "D-1")).isEqualTo(new Criterion.NoneMatching(
        RecordType.KNOWLEDGE_ITEM, new Condition.Any(List.of(
            new Condition.Not(new Condition.Equals("sensitivity", "NONE")),
            new Condition.PersonalData(List.of("title", "text")),
            new Condition.Not(new Condition.All(List.of(
                new Condition.Equals("factor", "SUCCESS"),
                new Condition.Equals("theme", "Bouw"))))))));
  }

  private static Criterion criterion(Deal deal, String id) {
    return deal.commitment(CommitmentId.of(id)).orElseThrow().criterion();
  }

  @Test
  void evidenceFindsAPartyOfAReadDealWithoutCaseAccentsOrPunctuation() {
    Deal deal = DealFiles.read(SMALL);

    assertThat(deal.find("Coöperatieve Rabobank")).contains(PartyId.of("rabobank"));
    assertThat(deal.find("cooperatieve rabobank")).contains(PartyId.of("rabobank"));
    assertThat(deal.find("COOPERATIEVE  RABOBANK.")).contains(PartyId.of("rabobank"));
    assertThat(deal.find("Enexis,")).contains(PartyId.of("enexis"));
    assertThat(deal.find("enexis")).contains(PartyId.of("enexis"));
    assertThat(deal.find("EZ")).contains(PartyId.of("ezk"));
    assertThat(deal.find("RVO")).contains(PartyId.of("rvo"));
    assertThat(deal.find("Rijksdienst voor Ondernemend Nederland")).contains(PartyId.of("rvo"));
    assertThat(deal.find("Rabo")).isEmpty();
  }

  @Test
  void anUnknownKeyIsAnError() {
    assertThat(dealProblems(HEAD + """
        parties:
          - {id: ns, name: NS, role: PROCURING_PARTICIPANT, rol: X}
        commitmnets: []
        """)).containsExactly(
            "deal.yaml:1:1: commitments: required key is missing",
            "deal.yaml:5:53: parties[0].rol: unknown key \"rol\"; expected one of id, name,"
                + " displayName, aliases, role or joined",
            "deal.yaml:6:1: commitmnets: unknown key \"commitmnets\"; expected one of id, number,"
                + " title, subtitle, signed, term, language, statedCounts, parties, units, fits"
                + " or commitments");
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    assertThat(dealProblems("""
        id: d
        title: Deal
        term: {start: 2018-06-07, end: 2020-12-31}
        statedCounts: {PROCURING_PARTICIPANT: one}
        """ + ONE_PARTY + commitment("{atLeast: {count: two, records: efforts}}")))
        .containsExactly(
            "deal.yaml:2:8: title: expected a map, found \"Deal\"",
            "deal.yaml:4:39: statedCounts.PROCURING_PARTICIPANT: expected a number of parties,"
                + " found \"one\"",
            "deal.yaml:13:34: commitments[0].criterion.atLeast.count: expected a count of 1 or"
                + " more, found \"two\"");
  }

  @Test
  void aBadDateIsAnError() {
    assertThat(dealProblems("""
        id: d
        title: {nl: D, en: D}
        signed: 2018-06-31
        term: {start: 2018-06-07, end: 2020-12-31}
        """ + ONE_PARTY + commitment("{effortRecord: {}}").replace("EFFORT", "RESULT")
        .replace("    criterion:", "    due: 31-12-2020\n    criterion:")))
        .containsExactly(
            "deal.yaml:3:9: signed: not a date: \"2018-06-31\"; expected YYYY-MM-DD",
            "deal.yaml:13:10: commitments[0].due: not a date: \"31-12-2020\"; expected YYYY-MM-DD"
                + " or term-end");
  }

  @Test
  void anUnknownRoleOrEnumValueIsAnError() {
    assertThat(dealProblems(HEAD + """
        statedCounts: {KNOWLEDGE_PARTNERS: 12}
        parties:
          - {id: ns, name: NS, role: PROCURING}
        """ + commitment("{effortRecord: {}}").replace("EFFORT", "MUST")))
        .containsExactly(
            "deal.yaml:4:16: statedCounts.KNOWLEDGE_PARTNERS: unknown value \"KNOWLEDGE_PARTNERS\";"
                + " expected one of FACILITATING_PARTNER, KNOWLEDGE_PARTNER, PROCURING_PARTICIPANT"
                + " or NATIONAL_GOVERNMENT",
            "deal.yaml:6:30: parties[0].role: unknown value \"PROCURING\"; expected one of"
                + " FACILITATING_PARTNER, KNOWLEDGE_PARTNER, PROCURING_PARTICIPANT or"
                + " NATIONAL_GOVERNMENT",
            "deal.yaml:11:21: commitments[0].binds.roles[0]: no party has the role"
                + " PROCURING_PARTICIPANT",
            "deal.yaml:12:17: commitments[0].obligation: unknown value \"MUST\"; expected one of"
                + " EFFORT, RESULT, LIMIT or PROHIBITION");
  }

  @Test
  void aDuplicatePartyIdIsAnError() {
    assertThat(dealProblems(HEAD + """
        parties:
          - {id: ns, name: NS, role: PROCURING_PARTICIPANT}
          - {id: ns, name: Nederlandse Spoorwegen, role: PROCURING_PARTICIPANT}
        """ + commitment("{effortRecord: {}}"))).containsExactly(
            "deal.yaml:6:10: parties[1].id: duplicate party id \"ns\"; it is already used at"
                + " line 5");
  }

  @Test
  void aCommitmentBoundToARoleNoPartyHasIsAnError() {
    assertThat(dealProblems(HEAD + ONE_PARTY
        + commitment("{effortRecord: {}}").replace("[PROCURING_PARTICIPANT]",
            "[PROCURING_PARTICIPANT, KNOWLEDGE_PARTNER]")))
        .containsExactly("deal.yaml:10:44: commitments[0].binds.roles[1]: no party has the role"
            + " KNOWLEDGE_PARTNER; expected a role the parties have, PROCURING_PARTICIPANT");
  }

  @Test
  void aCommitmentBindsKnownPartiesOrRolesButNotBoth() {
    assertThat(dealProblems(HEAD + ONE_PARTY
        + commitment("{effortRecord: {}}").replace("{roles: [PROCURING_PARTICIPANT]}",
            "{parties: [ns, rws]}")))
        .containsExactly("deal.yaml:10:27: commitments[0].binds.parties[1]: names no party or"
            + " unit: \"rws\"; expected the id of one of the parties or units");
    assertThat(dealProblems(HEAD + ONE_PARTY
        + commitment("{effortRecord: {}}").replace("{roles: [PROCURING_PARTICIPANT]}",
            "{roles: [PROCURING_PARTICIPANT], parties: [ns]}")))
        .containsExactly("deal.yaml:10:12: commitments[0].binds: expected roles or parties, not"
            + " both");
  }

  @Test
  void aCriterionNamingAnUnknownRecordTypeOrFieldIsAnError() {
    assertThat(dealProblems(HEAD + ONE_PARTY + commitment(
        "{allOf: [{atLeast: {count: 1, records: trajectory}}, "
            + "{covers: {records: policyIntegrations, field: aspects, values: [POLICY]}}, "
            + "{none: {records: knowledgeItems, where: {any: [{sensitivty: PRIVACY}]}}}, "
            + "{atLeast: {count: 1, records: trajectories, partyField: by}}]}")))
        .containsExactly(
            "deal.yaml:12:55: commitments[0].criterion.allOf[0].atLeast.records: unknown record"
                + " type \"trajectory\"; expected one of trajectories, contributions,"
                + " policyIntegrations, appointments, workingGroups, activities, communications,"
                + " efforts, instruments, knowledgeItems, publications, invitations or barriers",
            "deal.yaml:12:115: commitments[0].criterion.allOf[1].covers.field: policyIntegrations"
                + " have no field \"aspects\"; expected one of aspect, date, reference or party",
            "deal.yaml:12:192: commitments[0].criterion.allOf[2].none.where.any[0].sensitivty:"
                + " knowledgeItems have no field \"sensitivty\"; expected one of id, date, title,"
                + " text, factor, theme, sensitivity or party",
            "deal.yaml:12:274: commitments[0].criterion.allOf[3].atLeast.partyField: trajectories"
                + " have no party field \"by\"; expected party");
  }

  @Test
  void aConditionComparingAFieldWithAValueItCannotHoldIsAnError() {
    assertThat(dealProblems(HEAD + ONE_PARTY + commitment(
        "{atLeast: {count: 1, records: trajectories, where: {kind: {in: [NEW, NEWISH]}}}}")))
        .containsExactly("deal.yaml:12:85: commitments[0].criterion.atLeast.where.kind.in[1]:"
            + " unknown value \"NEWISH\" of trajectories.kind; expected NEW or SCALE_UP");
  }

  @Test
  void aCriterionMapNeedsExactlyOneKnownKey() {
    assertThat(dealProblems(HEAD + ONE_PARTY
        + commitment("{effortRecord: {}, atLeast: {count: 1, records: efforts}}")))
        .containsExactly("deal.yaml:12:16: commitments[0].criterion: expected exactly one key,"
            + " one of effortRecord, atLeast, anyOf, allOf, covers, sumPerYear or none; found 2:"
            + " effortRecord, atLeast");
    assertThat(dealProblems(HEAD + ONE_PARTY + commitment("{}")))
        .containsExactly("deal.yaml:12:16: commitments[0].criterion: expected exactly one key,"
            + " one of effortRecord, atLeast, anyOf, allOf, covers, sumPerYear or none; found"
            + " none");
    assertThat(dealProblems(HEAD + ONE_PARTY + commitment("{effortRecord: {count: 1}}")))
        .containsExactly("deal.yaml:12:32: commitments[0].criterion.effortRecord.count: unknown"
            + " key \"count\"; expected no keys, {}");
    assertThat(dealProblems(HEAD + ONE_PARTY + commitment("{atMost: {}}")))
        .containsExactly("deal.yaml:12:17: commitments[0].criterion.atMost: unknown criterion"
            + " \"atMost\"; expected one of effortRecord, atLeast, anyOf, allOf, covers,"
            + " sumPerYear or none");
  }

  @Test
  void missingRequiredKeysAreErrors() {
    assertThat(dealProblems("""
        id: d
        parties:
          - {name: NS}
        commitments:
          - {id: IP-1}
        """)).containsExactly(
            "deal.yaml:1:1: title: required key is missing",
            "deal.yaml:1:1: term: required key is missing",
            "deal.yaml:3:5: parties[0].id: required key is missing",
            "deal.yaml:3:5: parties[0].role: required key is missing",
            "deal.yaml:5:5: commitments[0].title: required key is missing",
            "deal.yaml:5:5: commitments[0].text: required key is missing",
            "deal.yaml:5:5: commitments[0].binds: required key is missing",
            "deal.yaml:5:5: commitments[0].obligation: required key is missing",
            "deal.yaml:5:5: commitments[0].criterion: required key is missing");
  }

  @Test
  void aResultWithoutDueIsAnError() {
    assertThat(dealProblems(HEAD + ONE_PARTY
        + commitment("{effortRecord: {}}").replace("EFFORT", "RESULT")))
        .containsExactly("deal.yaml:7:5: commitments[0].due: required key is missing: a RESULT"
            + " needs a due date, YYYY-MM-DD or term-end");
  }

  @Test
  void constraintsOfTheModelAreLocatedProblems() {
    assertThat(dealProblems("""
        id: d
        title: {nl: D, en: D}
        term: {start: 2021-01-01, end: 2020-12-31}
        parties:
          - {id: NS, name: NS, role: PROCURING_PARTICIPANT}
          - {id: ezk, name: Economische Zaken, aliases: [EZ], role: NATIONAL_GOVERNMENT}
          - {id: ez, name: Eerste Zaak, role: PROCURING_PARTICIPANT}
        units:
          - {id: rvo, name: RVO, partOf: ministerie}
        commitments:
          - {id: IP-1, title: {nl: T, en: T}, text: {nl: T, en: T}, binds: {roles: [NATIONAL_GOVERNMENT]},
             obligation: LIMIT, criterion: {sumPerYear: {records: contributions, field: year, atMost: -1}}}
          - {id: IP-1, title: {nl: T, en: T}, text: {nl: T, en: T}, binds: {roles: [NATIONAL_GOVERNMENT]},
             obligation: EFFORT, criterion: {effortRecord: {}}}
        """)).containsExactly(
            "deal.yaml:3:7: term: start 2021-01-01 is after end 2020-12-31; expected start on or"
                + " before end",
            "deal.yaml:5:10: parties[0].id: not a valid id: \"NS\"; expected lower-case letters,"
                + " digits and hyphens",
            "deal.yaml:7:10: parties[2].id: the name \"ez\" cannot be told apart from a name of"
                + " \"ezk\" at line 6; expected names that differ in more than case, accents or"
                + " punctuation",
            "deal.yaml:9:34: units[0].partOf: names no party: \"ministerie\"; expected the id of"
                + " one of the parties",
            "deal.yaml:12:81: commitments[0].criterion.sumPerYear.field: contributions have no"
                + " amount field \"year\"; expected amountEur",
            "deal.yaml:12:95: commitments[0].criterion.sumPerYear.atMost: amount is negative: -1;"
                + " expected 0 or more",
            "deal.yaml:13:10: commitments[1].id: duplicate commitment id \"IP-1\"; it is already"
                + " used at line 11");
  }

  @Test
  void everyProblemOfABadDealFileIsListed() {
    List<String> problems = problems(() -> DealFiles.read(
        EvidenceFilesTest.fixture("deals/bad-deal.yaml")));
    String f = EvidenceFilesTest.fixture("deals/bad-deal.yaml").toString();
    assertThat(problems).containsExactly(
        f + ":6:10: parties[1].id: duplicate party id \"ns\"; it is already used at line 5",
        f + ":8:5: commitments[0].due: required key is missing: a RESULT needs a due date,"
            + " YYYY-MM-DD or term-end",
        f + ":11:21: commitments[0].binds.roles[0]: no party has the role KNOWLEDGE_PARTNER;"
            + " expected a role the parties have, PROCURING_PARTICIPANT",
        f + ":13:34: commitments[0].criterion.atLeast.count: expected a count of 1 or more,"
            + " found 0",
        f + ":13:68: commitments[0].criterion.atLeast.where.colour: trajectories have no field"
            + " \"colour\"; expected one of id, title, kind, started, category, status, valueEur,"
            + " strategies, notice, strategicProcurement, environmentalImpact, gppCriteria or"
            + " party");
  }

  @Test
  void anEmptyOrUnparsableDealFileIsRefused() {
    assertThat(dealProblems("")).containsExactly("deal.yaml:1:1: the file is empty; expected a"
        + " deal with id, title, term, parties and commitments");
    assertThat(dealProblems("id: [d\n")).containsExactly("deal.yaml:1:7: syntax error: while"
        + " parsing a flow sequence; expected ',' or ']', but got <stream end>");
    assertThat(problems(() -> DealFiles.read("deal.xml", "<deal/>")))
        .containsExactly("deal.xml: unknown file type; expected a file name ending in .yaml,"
            + " .yml or .json");
  }

  @Test
  void aReadDealWritesBackEqualInYamlAndJson() {
    Deal deal = DealFiles.read(SMALL);
    assertThat(DealFiles.read("round.yaml", DealFiles.toYaml(deal))).isEqualTo(deal);
    assertThat(DealFiles.read("round.json", DealFiles.toJson(deal))).isEqualTo(deal);
  }

  @Test
  void theBuiltInDealWritesBackEqual() {
    Deal deal = DealCatalog.standard().builtIn();
    assertThat(DealFiles.read("gdci.yaml", DealFiles.toYaml(deal))).isEqualTo(deal);
    assertThat(DealFiles.read("gdci.json", DealFiles.toJson(deal))).isEqualTo(deal);
  }

  @Test
  void aHandBuiltDealWritesBackEqual() {
    Deal deal = SampleDeal.everyFeature();
    assertThat(DealFiles.read("hand.yaml", DealFiles.toYaml(deal))).isEqualTo(deal);
    assertThat(DealFiles.read("hand.json", DealFiles.toJson(deal))).isEqualTo(deal);
  }

  @Test
  void writtenCriteriaUseTheSyntaxOfTheDocumentation() {
    String yaml = DealFiles.toYaml(DealFiles.read(SMALL));
    assertThat(yaml)
        .contains("due: term-end")
        .contains("due: 2019-06-30")
        .contains("scope: TOGETHER")
        .contains("effortRecord: {}")
        .contains("kind: NEW")
        .contains("present: false")
        .contains("personalData:")
        .contains("sensitivity:\n")
        .contains("not: NONE")
        .contains("atMost: 1500")
        .doesNotContain("partyField: party\n");
  }
}
