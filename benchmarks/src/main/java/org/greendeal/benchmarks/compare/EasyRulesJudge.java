package org.greendeal.benchmarks.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greendeal.benchmarks.compare.Directory.Member;
import org.greendeal.benchmarks.compare.Directory.Role;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * Judge (c), Easy Rules: rules are conditions and actions over a {@link Facts} map, fired by a
 * {@link RulesEngine}; there are no joins or accumulations, so the judging runs in three rounds
 * of firing, as one writes it with Easy Rules. First every record notes its id; then every
 * record goes through the rules that decide whether it counts (the first that applies wins) and,
 * if it does, files it under each party it counts for; last, every party goes through the
 * commitments' rules, which read what was filed under it.
 */
public final class EasyRulesJudge implements Judge {
  private static final String RECORD = "record";
  private static final String PARTY = "party";

  @Override
  public String name() {
    return "easy-rules";
  }

  @Override
  public Judgement judge(Path file) throws IOException {
    long start = System.nanoTime();
    Directory directory = Directory.builtIn();
    long setup = System.nanoTime() - start;
    start = System.nanoTime();
    List<Rec> records = RecReader.read(file, directory);
    long read = System.nanoTime() - start;
    start = System.nanoTime();
    List<Outcome> outcomes = new Rounds(directory).judge(records);
    return new Judgement(outcomes, setup, read, System.nanoTime() - start);
  }

  /** One judging: the rules of the three rounds and what they share. */
  private static final class Rounds {
    private final Directory directory;
    private final int termStart;
    private final int termEnd;
    private final int asOf;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Map<String, List<Rec>>> filed = new HashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    Rounds(Directory directory) {
      this.directory = directory;
      this.termStart = (int) directory.termStart().toEpochDay();
      this.termEnd = (int) directory.termEnd().toEpochDay();
      this.asOf = termEnd;
    }

    List<Outcome> judge(List<Rec> records) {
      RulesEngine engine = new DefaultRulesEngine();
      Rules census = new Rules(new RuleBuilder().name("a record's id is noted")
          .when(f -> rec(f).getId() != null)
          .then(f -> ids.merge(rec(f).getKind() + '\u0000' + rec(f).getId(), 1, Integer::sum))
          .build());
      Facts facts = new Facts();
      for (Rec r : records) {
        facts.put(RECORD, r);
        engine.fire(census, facts);
      }

      RulesEngine firstApplies = new DefaultRulesEngine(
          new RulesEngineParameters().skipOnFirstAppliedRule(true));
      Rules counting = new Rules(
          new RuleBuilder().name("a record sharing its id with another of its kind does not count")
              .priority(1)
              .when(f -> rec(f).getId() != null
                  && ids.get(rec(f).getKind() + '\u0000' + rec(f).getId()) > 1)
              .then(f -> { })
              .build(),
          new RuleBuilder().name("a record naming an unknown party does not count")
              .priority(2)
              .when(f -> rec(f).getAllKeys().stream().anyMatch(k -> directory.find(k) == null))
              .then(f -> { })
              .build(),
          new RuleBuilder().name("a record dated outside the term or after the as-of date does not count")
              .priority(3)
              .when(f -> !inTerm(rec(f)))
              .then(f -> { })
              .build(),
          new RuleBuilder().name("a record counts for each named party it fits, on or after joining")
              .priority(4)
              .when(f -> true)
              .then(f -> file(rec(f)))
              .build());
      for (Rec r : records) {
        facts.put(RECORD, r);
        firstApplies.fire(counting, facts);
      }

      Rules commitments = new Rules(
          rule("IP-1", Role.PROCURING_PARTICIPANT, this::ip1),
          rule("IP-2", Role.PROCURING_PARTICIPANT, this::ip2),
          rule("IP-5", Role.PROCURING_PARTICIPANT, this::ip5),
          rule("KP-1", Role.KNOWLEDGE_PARTNER, m -> atLeastOne("KP-1", m, "workingGroups")),
          rule("FP-1", Role.FACILITATING_PARTNER, m -> atLeastOne("FP-1", m, "appointments")),
          new RuleBuilder().name("R-4").when(f -> party(f).isUnit())
              .then(f -> atLeastOne("R-4", party(f), "appointments")).build(),
          rule("D-1", null, this::d1),
          rule("P-2", null, this::p2));
      Facts subject = new Facts();
      List<Member> members = new ArrayList<>(directory.parties());
      members.addAll(directory.units());
      for (Member m : members) {
        subject.put(PARTY, m);
        engine.fire(commitments, subject);
      }
      return outcomes;
    }

    private static Rec rec(Facts facts) {
      return facts.get(RECORD);
    }

    private static Member party(Facts facts) {
      return facts.get(PARTY);
    }

    /** A commitment's rule: for each party (not a unit) of {@code role}, or of any role when null. */
    private org.jeasy.rules.api.Rule rule(String code, Role role,
        java.util.function.Consumer<Member> judge) {
      return new RuleBuilder().name(code)
          .when(f -> !party(f).isUnit() && (role == null || party(f).role() == role))
          .then(f -> judge.accept(party(f)))
          .build();
    }

    private boolean inTerm(Rec r) {
      if (r.isByYear()) {
        return r.getYear() >= directory.termStart().getYear()
            && r.getYear() <= directory.termEnd().getYear()
            && r.getYear() <= LocalDate.ofEpochDay(asOf).getYear();
      }
      return r.getDay() >= termStart && r.getDay() <= termEnd && r.getDay() <= asOf;
    }

    private void file(Rec r) {
      Set<Member> named = new LinkedHashSet<>();
      for (String key : r.getKeys()) {
        named.add(directory.find(key));
      }
      for (Member m : named) {
        boolean joined = r.isByYear()
            ? r.getYear() >= LocalDate.ofEpochDay(m.joinedDay()).getYear()
            : r.getDay() >= m.joinedDay();
        if (joined && fits(r.getKind(), m)) {
          filed(m.id(), r.getKind()).add(r);
          if (m.isUnit()) {
            filed(m.ministry(), r.getKind()).add(r);
          }
        }
      }
    }

    private static boolean fits(String kind, Member m) {
      return switch (kind) {
        case "trajectories" -> m.role() == Role.PROCURING_PARTICIPANT || m.role() == Role.NATIONAL_GOVERNMENT;
        case "contributions", "policyIntegrations" -> m.role() == Role.PROCURING_PARTICIPANT;
        case "appointments" -> m.role() == Role.FACILITATING_PARTNER || m.isUnit();
        case "workingGroups" -> m.role() == Role.KNOWLEDGE_PARTNER;
        default -> true;
      };
    }

    private List<Rec> filed(String party, String kind) {
      return filed.computeIfAbsent(party, p -> new HashMap<>())
          .computeIfAbsent(kind, k -> new ArrayList<>());
    }

    private List<Rec> records(Member m, String kind) {
      return filed.getOrDefault(m.id(), Map.of()).getOrDefault(kind, List.of());
    }

    private static List<String> refs(List<Rec> records) {
      return records.stream().map(Rec::getRef).toList();
    }

    private void ip1(Member m) {
      List<Rec> all = records(m, "trajectories");
      List<String> fresh = refs(all.stream().filter(r -> "NEW".equals(r.getDetail())).toList());
      List<String> up = refs(all.stream().filter(r -> "SCALE_UP".equals(r.getDetail())).toList());
      if (fresh.size() >= 2) {
        outcomes.add(Outcome.counted("IP-1", m.id(), "MET", fresh.size(), 2, fresh));
      } else if (!up.isEmpty()) {
        outcomes.add(Outcome.counted("IP-1", m.id(), "MET", up.size(), 1, up));
      } else {
        outcomes.add(Outcome.counted("IP-1", m.id(), "NOT_MET", fresh.size(), 2, fresh));
      }
    }

    private void ip2(Member m) {
      List<Rec> referenced = records(m, "policyIntegrations").stream().filter(Rec::isReferenced).toList();
      int covered = (int) referenced.stream().map(Rec::getDetail).distinct().count();
      outcomes.add(Outcome.counted("IP-2", m.id(), Outcome.result(covered == 3), covered, 3,
          refs(referenced)));
    }

    private void ip5(Member m) {
      Map<Integer, Long> cents = new HashMap<>();
      List<Rec> all = records(m, "contributions");
      all.forEach(r -> cents.merge(r.getYear(), r.getCents(), Long::sum));
      List<Rec> over = all.stream().filter(r -> cents.get(r.getYear()) > 150_000).toList();
      outcomes.add(over.isEmpty() ? Outcome.of("IP-5", m.id(), "WITHIN_LIMIT", refs(all))
          : Outcome.of("IP-5", m.id(), "EXCEEDED", refs(over)));
    }

    private void atLeastOne(String code, Member m, String kind) {
      List<String> refs = refs(records(m, kind));
      outcomes.add(Outcome.counted(code, m.id(), Outcome.result(!refs.isEmpty()), refs.size(), 1, refs));
    }

    private void d1(Member m) {
      List<String> violations = refs(records(m, "knowledgeItems").stream()
          .filter(r -> !"NONE".equals(r.getSensitivity())
              || PersonalDataCheck.inAny(r.getTitle(), r.getText()))
          .toList());
      outcomes.add(Outcome.of("D-1", m.id(), violations.isEmpty() ? "RESPECTED" : "VIOLATED",
          violations));
    }

    private void p2(Member m) {
      List<String> efforts = refs(records(m, "efforts").stream()
          .filter(r -> "P-2".equals(r.getDetail())).toList());
      List<String> items = refs(records(m, "knowledgeItems"));
      if (!efforts.isEmpty()) {
        outcomes.add(Outcome.of("P-2", m.id(), "REPORTED", efforts));
      } else if (!items.isEmpty()) {
        outcomes.add(Outcome.counted("P-2", m.id(), "REPORTED", items.size(), 1, items));
      } else {
        outcomes.add(Outcome.of("P-2", m.id(), "NO_EVIDENCE", List.of()));
      }
    }
  }
}
