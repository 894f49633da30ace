package org.greendeal.benchmarks.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.benchmarks.compare.Directory.Member;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Judge (b), Drools (classic engine, rules in DRL with {@code accumulate}: {@code gdci.drl} beside
 * this class). The records are read into facts first; judging is inserting them into a new
 * session and firing all rules.
 */
public final class DroolsJudge implements Judge {
  private static final String RULES = "org/greendeal/benchmarks/compare/gdci.drl";

  @Override
  public String name() {
    return "drools";
  }

  @Override
  public Judgement judge(Path file) throws IOException {
    long start = System.nanoTime();
    Directory directory = Directory.builtIn();
    KieBase rules = new KieHelper().addContent(drl(), ResourceType.DRL).build();
    long setup = System.nanoTime() - start;
    start = System.nanoTime();
    List<Rec> records = RecReader.read(file, directory);
    long read = System.nanoTime() - start;
    start = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>();
    KieSession session = rules.newKieSession();
    try {
      session.setGlobal("outcomes", outcomes);
      insertDeal(session, directory);
      records.forEach(session::insert);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return new Judgement(outcomes, setup, read, System.nanoTime() - start);
  }

  private static String drl() {
    try (InputStream in = DroolsJudge.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException(RULES + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void insertDeal(KieSession session, Directory directory) {
    LocalDate start = directory.termStart();
    LocalDate end = directory.termEnd();
    session.insert(new Term(start, end, end));
    List<Member> members = new ArrayList<>(directory.parties());
    members.addAll(directory.units());
    for (Member m : members) {
      session.insert(new PartyFact(m));
    }
    directory.nameKeys().forEach((key, party) -> session.insert(new NameFact(key, party)));
    // The deal's record fits; knowledge items fit every role, and so do P-2's effort records.
    fit(session, "trajectories", "PROCURING_PARTICIPANT", "NATIONAL_GOVERNMENT");
    fit(session, "contributions", "PROCURING_PARTICIPANT");
    fit(session, "policyIntegrations", "PROCURING_PARTICIPANT");
    fit(session, "appointments", "FACILITATING_PARTNER", "UNIT");
    fit(session, "workingGroups", "KNOWLEDGE_PARTNER");
    fit(session, "knowledgeItems", "ANY");
    fit(session, "efforts", "ANY");
  }

  private static void fit(KieSession session, String kind, String... tags) {
    for (String tag : tags) {
      session.insert(new Fit(kind, tag));
    }
  }

  /** The term and the as-of date, as epoch days and years. */
  public static final class Term {
    private final int startDay;
    private final int endDay;
    private final int asOfDay;
    private final int startYear;
    private final int endYear;
    private final int asOfYear;
    private final List<Integer> years = new ArrayList<>();

    Term(LocalDate start, LocalDate end, LocalDate asOf) {
      this.startDay = (int) start.toEpochDay();
      this.endDay = (int) end.toEpochDay();
      this.asOfDay = (int) asOf.toEpochDay();
      this.startYear = start.getYear();
      this.endYear = end.getYear();
      this.asOfYear = asOf.getYear();
      for (int y = startYear; y <= endYear; y++) {
        years.add(y);
      }
    }

    public int getStartDay() {
      return startDay;
    }

    public int getEndDay() {
      return endDay;
    }

    public int getAsOfDay() {
      return asOfDay;
    }

    public int getStartYear() {
      return startYear;
    }

    public int getEndYear() {
      return endYear;
    }

    public int getAsOfYear() {
      return asOfYear;
    }

    public List<Integer> getYears() {
      return years;
    }
  }

  /** A party or unit: its role, its ministry (for a unit), when it joined, the fits it has. */
  public static final class PartyFact {
    private final String id;
    private final String role;
    private final boolean unit;
    private final String ministry;
    private final int joinedDay;
    private final int joinedYear;
    private final List<String> tags;

    PartyFact(Member m) {
      this.id = m.id();
      this.role = m.role().name();
      this.unit = m.isUnit();
      this.ministry = m.ministry();
      this.joinedDay = m.joinedDay();
      this.joinedYear = LocalDate.ofEpochDay(m.joinedDay()).getYear();
      this.tags = m.isUnit() ? List.of(role, "UNIT", "ANY") : List.of(role, "ANY");
    }

    public String getId() {
      return id;
    }

    public String getRole() {
      return role;
    }

    public boolean isUnit() {
      return unit;
    }

    public String getMinistry() {
      return ministry;
    }

    public int getJoinedDay() {
      return joinedDay;
    }

    public int getJoinedYear() {
      return joinedYear;
    }

    public List<String> getTags() {
      return tags;
    }
  }

  /** A key of a party's name, id or alias. */
  public static final class NameFact {
    private final String key;
    private final String party;

    NameFact(String key, String party) {
      this.key = key;
      this.party = party;
    }

    public String getKey() {
      return key;
    }

    public String getParty() {
      return party;
    }
  }

  /** Records of a kind fit parties with a tag (a role, UNIT, or ANY). */
  public static final class Fit {
    private final String kind;
    private final String tag;

    Fit(String kind, String tag) {
      this.kind = kind;
      this.tag = tag;
    }

    public String getKind() {
      return kind;
    }

    public String getTag() {
      return tag;
    }
  }
}
