package org.greendeal.benchmarks.compare;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greendeal.benchmarks.compare.Directory.Member;
import org.greendeal.benchmarks.compare.Directory.Role;

/**
 * Judge (a), the practical limit: one pass over the file with Jackson's streaming parser, each
 * record folded into per-party accumulators as it is read; nothing but the accumulators is kept.
 * Records with an id are held back as their small fold (which parties they count for, and how)
 * until the end of the file, since a later record with the same id makes both not count.
 */
public final class StreamingJudge implements Judge {
  @Override
  public String name() {
    return "streaming";
  }

  @Override
  public Judgement judge(Path file) throws IOException {
    long start = System.nanoTime();
    Directory directory = Directory.builtIn();
    long setup = System.nanoTime() - start;
    start = System.nanoTime();
    Pass pass = new Pass(directory, file.getFileName().toString());
    EvidenceStream.read(file, pass);
    List<Outcome> outcomes = pass.finish();
    return new Judgement(outcomes, setup, -1, System.nanoTime() - start);
  }

  /** What one party or unit has to its name. */
  private static final class Acc {
    final List<String> newTrajectories = new ArrayList<>();
    final List<String> scaleUps = new ArrayList<>();
    int aspects;
    final List<String> policyRefs = new ArrayList<>();
    final Map<Integer, long[]> centsPerYear = new TreeMap<>();
    final Map<Integer, List<String>> contributionsPerYear = new TreeMap<>();
    final List<String> appointments = new ArrayList<>();
    final List<String> guided = new ArrayList<>();
    final List<String> p2Efforts = new ArrayList<>();
    final List<String> knowledgeItems = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
  }

  /** A record with an id, held back until the file is read: whom it counts for, and how. */
  private record Fold(List<Member> members, int how) {
    static final Fold NONE = new Fold(List.of(), 0);
  }

  private static final Fold DUPLICATE = new Fold(List.of(), -1);
  private static final int NEW = 1;
  private static final int SCALE_UP = 2;
  private static final int VIOLATES = 1;

  private static final class Pass implements EvidenceStream.Handler {
    private final Directory directory;
    private final String fileName;
    private final int termStart;
    private final int termEnd;
    private final int asOf;
    private final int firstYear;
    private final int lastYear;
    private final Map<String, Acc> accs = new HashMap<>();
    private final Map<String, Map<String, Fold>> held = new HashMap<>();

    Pass(Directory directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
      this.termStart = (int) directory.termStart().toEpochDay();
      this.termEnd = (int) directory.termEnd().toEpochDay();
      this.asOf = termEnd;
      this.firstYear = directory.termStart().getYear();
      this.lastYear = Math.min(directory.termEnd().getYear(), LocalDate.ofEpochDay(asOf).getYear());
    }

    @Override
    public void joined(String id, String name, String role, LocalDate date) {
      directory.join(id, name, Role.valueOf(role), date);
    }

    private Acc acc(Member member) {
      return accs.computeIfAbsent(member.id(), k -> new Acc());
    }

    @Override
    public void record(String kind, int line, JsonParser p) throws IOException {
      switch (kind) {
        case "trajectories", "knowledgeItems", "workingGroups" -> withId(kind, p);
        case "contributions", "policyIntegrations", "appointments", "efforts" ->
            withoutId(kind, fileName + ":" + line, p);
        default -> EvidenceStream.skipRest(p);
      }
    }

    /** A record of a kind without an id: folded at once. */
    private void withoutId(String kind, String ref, JsonParser p) throws IOException {
      String party = null;
      String date = null;
      int year = 0;
      String detail = null;
      boolean referenced = false;
      long cents = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String field = p.currentName();
        t = p.nextToken();
        switch (field) {
          case "party" -> party = p.getText();
          case "date", "from" -> date = p.getText();
          case "year" -> year = p.getIntValue();
          case "amountEur" -> cents = p.getDecimalValue().movePointRight(2).longValueExact();
          case "aspect", "commitment" -> detail = p.getText();
          case "reference" -> referenced = !p.getText().isBlank();
          default -> {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
              p.skipChildren();
            }
          }
        }
      }
      Member member = directory.find(party);
      if (member == null) {
        return;
      }
      boolean counts = kind.equals("contributions") ? countsInYear(member, year)
          : counts(member, EvidenceStream.epochDay(date));
      if (!counts || !fits(kind, member)) {
        return;
      }
      for (Acc acc : accsOf(member)) {
        switch (kind) {
          case "contributions" -> {
            acc.centsPerYear.computeIfAbsent(year, y -> new long[1])[0] += cents;
            acc.contributionsPerYear.computeIfAbsent(year, y -> new ArrayList<>()).add(ref);
          }
          case "policyIntegrations" -> {
            if (referenced) {
              acc.aspects |= 1 << List.of("PROCESS", "POLICY", "STRATEGY").indexOf(detail);
              acc.policyRefs.add(ref);
            }
          }
          case "appointments" -> acc.appointments.add(ref);
          case "efforts" -> {
            if ("P-2".equals(detail)) {
              acc.p2Efforts.add(ref);
            }
          }
          default -> throw new AssertionError(kind);
        }
      }
    }

    /** A record of a kind with an id: its fold is held back. */
    private void withId(String kind, JsonParser p) throws IOException {
      String id = null;
      List<String> parties = new ArrayList<>();
      List<String> others = new ArrayList<>();
      String date = null;
      String detail = null;
      String sensitivity = "NONE";
      String title = null;
      String text = null;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String field = p.currentName();
        t = p.nextToken();
        switch (field) {
          case "id" -> id = p.getText();
          case "party" -> parties.add(p.getText());
          case "guidedBy" -> strings(p, parties);
          case "members" -> strings(p, others);
          case "started", "date" -> date = p.getText();
          case "kind" -> detail = p.getText();
          case "sensitivity" -> sensitivity = p.getText();
          case "title" -> title = p.getText();
          case "text" -> text = p.getText();
          default -> {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
              p.skipChildren();
            }
          }
        }
      }
      Map<String, Fold> ids = held.computeIfAbsent(kind, k -> new HashMap<>());
      Fold fold = fold(kind, parties, others, date, detail, sensitivity, title, text);
      if (ids.putIfAbsent(id, fold) != null) {
        ids.put(id, DUPLICATE);
      }
    }

    private Fold fold(String kind, List<String> names, List<String> others, String date,
        String detail, String sensitivity, String title, String text) {
      List<Member> members = new ArrayList<>();
      for (String name : names) {
        Member m = directory.find(name);
        if (m == null) {
          return Fold.NONE;
        }
        if (!members.contains(m)) {
          members.add(m);
        }
      }
      for (String name : others) {
        if (directory.find(name) == null) {
          return Fold.NONE;
        }
      }
      int day = EvidenceStream.epochDay(date);
      members.removeIf(m -> !counts(m, day) || !fits(kind, m));
      if (members.isEmpty()) {
        return Fold.NONE;
      }
      int how = switch (kind) {
        case "trajectories" -> "NEW".equals(detail) ? NEW : "SCALE_UP".equals(detail) ? SCALE_UP : 0;
        case "knowledgeItems" -> !"NONE".equals(sensitivity)
            || PersonalDataCheck.inAny(title, text) ? VIOLATES : 0;
        default -> 0;
      };
      return new Fold(members, how);
    }

    private static void strings(JsonParser p, List<String> into) throws IOException {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        into.add(p.getText());
      }
    }

    /** In term, visible as of the as-of date, on or after the party joined. */
    private boolean counts(Member m, int day) {
      return day >= termStart && day <= termEnd && day <= asOf && day >= m.joinedDay();
    }

    /** For a record dated by year: the same, by years. */
    private boolean countsInYear(Member m, int year) {
      return year >= firstYear && year <= lastYear && year >= m.joinedYear();
    }

    /** Whether the record's party field fits the member's role, as the deal's fits have it. */
    private static boolean fits(String kind, Member m) {
      return switch (kind) {
        case "trajectories" -> m.role() == Role.PROCURING_PARTICIPANT || m.role() == Role.NATIONAL_GOVERNMENT;
        case "contributions", "policyIntegrations" -> m.role() == Role.PROCURING_PARTICIPANT;
        case "appointments" -> m.role() == Role.FACILITATING_PARTNER || m.isUnit();
        case "workingGroups" -> m.role() == Role.KNOWLEDGE_PARTNER;
        default -> true; // knowledge items fit everyone; P-2 binds every role
      };
    }

    /** The accumulators a member's counted record goes to: its own and, for a unit, its ministry's. */
    private List<Acc> accsOf(Member m) {
      return m.isUnit() ? List.of(acc(m), acc(directory.member(m.ministry()))) : List.of(acc(m));
    }

    List<Outcome> finish() {
      held.forEach((kind, ids) -> ids.forEach((id, fold) -> {
        for (Member m : fold.members()) {
          for (Acc acc : accsOf(m)) {
            switch (kind) {
              case "trajectories" -> {
                if (fold.how() == NEW) {
                  acc.newTrajectories.add(id);
                } else if (fold.how() == SCALE_UP) {
                  acc.scaleUps.add(id);
                }
              }
              case "knowledgeItems" -> {
                acc.knowledgeItems.add(id);
                if (fold.how() == VIOLATES) {
                  acc.violations.add(id);
                }
              }
              case "workingGroups" -> acc.guided.add(id);
              default -> throw new AssertionError(kind);
            }
          }
        }
      }));
      List<Outcome> outcomes = new ArrayList<>();
      for (Member party : directory.parties()) {
        Acc acc = accs.getOrDefault(party.id(), new Acc());
        switch (party.role()) {
          case PROCURING_PARTICIPANT -> {
            outcomes.add(ip1(party.id(), acc));
            int covered = Integer.bitCount(acc.aspects);
            outcomes.add(Outcome.counted("IP-2", party.id(), Outcome.result(covered == 3), covered, 3,
                acc.policyRefs));
            outcomes.add(ip5(party.id(), acc));
          }
          case KNOWLEDGE_PARTNER -> outcomes.add(Outcome.counted("KP-1", party.id(),
              Outcome.result(!acc.guided.isEmpty()), acc.guided.size(), 1, acc.guided));
          case FACILITATING_PARTNER -> outcomes.add(Outcome.counted("FP-1", party.id(),
              Outcome.result(!acc.appointments.isEmpty()), acc.appointments.size(), 1,
              acc.appointments));
          case NATIONAL_GOVERNMENT -> { }
        }
        outcomes.add(Outcome.of("D-1", party.id(),
            acc.violations.isEmpty() ? "RESPECTED" : "VIOLATED", acc.violations));
        if (!acc.p2Efforts.isEmpty()) {
          outcomes.add(Outcome.of("P-2", party.id(), "REPORTED", acc.p2Efforts));
        } else if (!acc.knowledgeItems.isEmpty()) {
          outcomes.add(Outcome.counted("P-2", party.id(), "REPORTED", acc.knowledgeItems.size(), 1,
              acc.knowledgeItems));
        } else {
          outcomes.add(Outcome.of("P-2", party.id(), "NO_EVIDENCE", List.of()));
        }
      }
      for (Member unit : directory.units()) {
        Acc acc = accs.getOrDefault(unit.id(), new Acc());
        outcomes.add(Outcome.counted("R-4", unit.id(), Outcome.result(!acc.appointments.isEmpty()),
            acc.appointments.size(), 1, acc.appointments));
      }
      return outcomes;
    }

    private static Outcome ip1(String party, Acc acc) {
      if (acc.newTrajectories.size() >= 2) {
        return Outcome.counted("IP-1", party, "MET", acc.newTrajectories.size(), 2, acc.newTrajectories);
      }
      if (!acc.scaleUps.isEmpty()) {
        return Outcome.counted("IP-1", party, "MET", acc.scaleUps.size(), 1, acc.scaleUps);
      }
      return Outcome.counted("IP-1", party, "NOT_MET", acc.newTrajectories.size(), 2,
          acc.newTrajectories);
    }

    private static Outcome ip5(String party, Acc acc) {
      List<String> over = new ArrayList<>();
      List<String> all = new ArrayList<>();
      acc.centsPerYear.forEach((year, cents) -> {
        all.addAll(acc.contributionsPerYear.get(year));
        if (cents[0] > 150_000) {
          over.addAll(acc.contributionsPerYear.get(year));
        }
      });
      return over.isEmpty() ? Outcome.of("IP-5", party, "WITHIN_LIMIT", all)
          : Outcome.of("IP-5", party, "EXCEEDED", over);
    }
  }
}
