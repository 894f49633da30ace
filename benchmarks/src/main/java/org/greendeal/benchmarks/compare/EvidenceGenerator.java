package org.greendeal.benchmarks.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.greendeal.benchmarks.compare.Directory.Member;
import org.greendeal.benchmarks.compare.Directory.Role;

/**
 * Evidence for the built-in deal {@code gdci-2.0}, as big as asked, that depends only on a seed
 * and a size: the same two give the same bytes. Records of all thirteen kinds in fixed shares
 * ({@link Kind}), written grouped by kind as an evidence file in JSON (one record per line) and,
 * record for record the same, as JSON Lines (one record per line whose first member, {@code type},
 * names its record type, that is the evidence file's list; the shape is defined in
 * docs/PERFORMANCE.md).
 *
 * <p>The mix is that of real exports: about 4% of records dated outside the term (most before
 * it), 1% naming an unknown organisation, 1.5% naming a party whose role the record does not fit,
 * 0.5% reusing an id of their kind, 10% naming their party by its name in capitals or an alias;
 * three parties that joined during the term (their earlier records do not count); about one party
 * in eight silent on each kind (so that findings other than MET remain at every size); a
 * quarter of the parties careless with knowledge items (some hold an e-mail address, a phone number
 * or an IBAN, or are marked sensitive); procuring participants that leave one policy aspect
 * without a reference; and contributions whose sums per party and year lie around the cap of
 * EUR 1,500, some over it.
 */
public final class EvidenceGenerator {
  /** The record kinds, as the evidence file names its lists, and their shares of the records. */
  public enum Kind {
    TRAJECTORIES("trajectories", 12),
    CONTRIBUTIONS("contributions", 8),
    POLICY_INTEGRATIONS("policyIntegrations", 8),
    APPOINTMENTS("appointments", 3),
    WORKING_GROUPS("workingGroups", 3),
    ACTIVITIES("activities", 8),
    COMMUNICATIONS("communications", 12),
    EFFORTS("efforts", 15),
    INSTRUMENTS("instruments", 4),
    KNOWLEDGE_ITEMS("knowledgeItems", 17),
    PUBLICATIONS("publications", 4),
    INVITATIONS("invitations", 2),
    BARRIERS("barriers", 4);

    private final String key;
    private final int percent;

    Kind(String key, int percent) {
      this.key = key;
      this.percent = percent;
    }

    /** The evidence file's key of the list, and the {@code type} of a JSON Lines record. */
    public String key() {
      return key;
    }
  }

  /** The seed of the committed figures. */
  public static final long DEFAULT_SEED = 20180607L;

  private static final String[] THEMES = {"Bouw", "ICT", "Meubilair", "Textiel", "Catering",
      "Infra", "Energie", "Mobiliteit"};
  private static final String[] CATEGORIES = {"OFFICE_FURNITURE", "ICT_HARDWARE", "WORKWEAR",
      "CONSTRUCTION", "CATERING", "FACILITY_SERVICES"};
  private static final String[] STRATEGIES = {"REFUSE", "RETHINK", "REDUCE", "REUSE", "REPAIR",
      "REFURBISH", "REMANUFACTURE", "REPURPOSE", "RECYCLE", "RECOVER"};
  private static final String[] STATUSES = {"PREPARING", "TENDERING", "AWARDED", "RUNNING",
      "COMPLETED", "CANCELLED"};
  private static final String[] ASPECTS = {"PROCESS", "POLICY", "STRATEGY"};
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
  /** Personal data the engine must find: an e-mail address, a Dutch phone number, an IBAN. */
  private static final String[] PERSONAL = {"Contact: inkoper%d@voorbeeld.nl",
      "Bel 06-1234%04d voor de details", "Betaald via NL91ABNA0417164300, factuur %d"};
  private static final String[] EFFORT_ALL = {"P-1", "P-2", "P-3", "P-4"};
  private static final Map<Role, String[]> EFFORT_OWN = Map.of(
      Role.FACILITATING_PARTNER, new String[] {"FP-4", "FP-6"},
      Role.KNOWLEDGE_PARTNER, new String[] {"KP-3"},
      Role.PROCURING_PARTICIPANT, new String[] {},
      Role.NATIONAL_GOVERNMENT, new String[] {"R-3"});
  /** Parties that joined during the term: illustrative organisations, not real ones. */
  private static final List<String[]> JOINED = List.of(
      new String[] {"gemeente-voorbeeldstad", "Gemeente Voorbeeldstad", "PROCURING_PARTICIPANT", "2019-03-01"},
      new String[] {"waterschap-voorbeeld", "Waterschap Voorbeeld", "PROCURING_PARTICIPANT", "2020-02-01"},
      new String[] {"kennisbureau-voorbeeld", "Kennisbureau Voorbeeld", "KNOWLEDGE_PARTNER", "2019-09-16"});

  private static final double OUT_OF_TERM = 0.04;
  private static final double UNKNOWN_PARTY = 0.01;
  private static final double ROLE_MISMATCH = 0.015;
  private static final double DUPLICATE_ID = 0.005;
  private static final double BY_NAME = 0.10;
  private static final double SILENT = 0.12;
  private static final double CARELESS = 0.25;
  private static final double CAP_EUR = 1500;

  private final SplittableRandom random;
  private final int records;
  private final Directory directory;
  private final LocalDate termStart;
  private final int termDays;
  private final List<Member> everyone = new ArrayList<>();
  private final Map<Kind, List<Member>> pools = new HashMap<>();
  private final Map<String, Boolean> careless = new HashMap<>();
  private final Map<String, String> unreferencedAspect = new HashMap<>();
  private final Map<String, Double> yearlyFactor = new HashMap<>();
  private final Map<Kind, List<String>> issuedIds = new HashMap<>();
  private final Map<Kind, Integer> nextId = new HashMap<>();
  private double contributionBase;
  private int serial;

  private EvidenceGenerator(long seed, int records) {
    this.random = new SplittableRandom(seed);
    this.records = records;
    this.directory = Directory.builtIn();
    for (String[] j : JOINED) {
      directory.join(j[0], j[1], Role.valueOf(j[2]), LocalDate.parse(j[3]));
    }
    this.termStart = directory.termStart();
    this.termDays = (int) ChronoUnit.DAYS.between(termStart, directory.termEnd()) + 1;
    everyone.addAll(directory.parties());
    everyone.addAll(directory.units());
    for (Member m : everyone) {
      careless.put(m.id(), random.nextDouble() < CARELESS);
      if (m.role() == Role.PROCURING_PARTICIPANT && random.nextDouble() < 0.25) {
        unreferencedAspect.put(m.id(), ASPECTS[random.nextInt(ASPECTS.length)]);
      }
      for (int year = termStart.getYear(); year <= directory.termEnd().getYear(); year++) {
        yearlyFactor.put(m.id() + year, 0.7 + 0.55 * random.nextDouble());
      }
    }
    for (Kind kind : Kind.values()) {
      List<Member> fit = new ArrayList<>();
      for (Member m : fitting(kind)) {
        if (random.nextDouble() >= SILENT) {
          fit.add(m);
        }
      }
      pools.put(kind, fit.isEmpty() ? fitting(kind) : fit);
    }
  }

  /**
   * Writes {@code records} records made from {@code seed} to {@code json} (an evidence file) and
   * {@code jsonLines} (the same records, one per line with its kind).
   */
  public static void write(long seed, int records, Path json, Path jsonLines) throws IOException {
    checkArgument(records >= 0, "records must not be negative: %s", records);
    JsonFactory factory = new JsonFactory();
    try (Writer a = new BufferedWriter(Files.newBufferedWriter(json, StandardCharsets.UTF_8), 1 << 16);
        Writer b = new BufferedWriter(Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator file = factory.createGenerator(a);
        JsonGenerator lines = factory.createGenerator(b)) {
      new EvidenceGenerator(seed, records).write(new Output(file, lines));
    }
  }

  /** Both outputs at once: a record is written to the evidence file and as a JSON line. */
  private static final class Output {
    private final JsonGenerator file;
    private final JsonGenerator lines;
    private boolean firstInList;

    Output(JsonGenerator file, JsonGenerator lines) {
      this.file = file;
      this.lines = lines;
      // records are written as root values between raw structure: no separator of Jackson's own
      file.setRootValueSeparator(null);
      lines.setRootValueSeparator(null);
    }

    void begin() throws IOException {
      file.writeRaw("{\"deal\": \"gdci-2.0\"");
      lines.writeRaw("{\"type\": \"deal\", \"id\": \"gdci-2.0\"}\n");
    }

    void list(String key) throws IOException {
      file.writeRaw(",\n\"" + key + "\": [");
      firstInList = true;
    }

    void endList() throws IOException {
      file.writeRaw("\n]");
    }

    void end() throws IOException {
      file.writeRaw("\n}\n");
    }

    /** One record: its fields, written by {@code fields} to each output in turn. */
    void record(String type, Fields fields) throws IOException {
      file.writeRaw(firstInList ? "\n" : ",\n");
      firstInList = false;
      file.writeStartObject();
      fields.write(file);
      file.writeEndObject();
      lines.writeStartObject();
      lines.writeStringField("type", type);
      fields.write(lines);
      lines.writeEndObject();
      lines.writeRaw('\n');
    }
  }

  /** A record's fields, written the same way to both outputs. */
  @FunctionalInterface
  private interface Fields {
    void write(JsonGenerator out) throws IOException;
  }

  private void write(Output out) throws IOException {
    out.begin();
    out.list("joined");
    for (String[] j : JOINED) {
      out.record("joined", g -> {
        g.writeStringField("id", j[0]);
        g.writeStringField("name", j[1]);
        g.writeStringField("role", j[2]);
        g.writeStringField("date", j[3]);
      });
    }
    out.endList();
    int written = 0;
    Kind[] kinds = Kind.values();
    for (int k = 0; k < kinds.length; k++) {
      Kind kind = kinds[k];
      int count = k == kinds.length - 1 ? records - written
          : (int) Math.round(records * kind.percent / 100.0);
      count = Math.min(count, records - written);
      written += count;
      if (kind == Kind.CONTRIBUTIONS) {
        double perPartyYear = count / (double) Math.max(1, pools.get(kind).size() * 3);
        contributionBase = CAP_EUR / Math.max(1, perPartyYear);
      }
      out.list(kind.key());
      for (int i = 0; i < count; i++) {
        serial++;
        out.record(kind.key(), record(kind));
      }
      out.endList();
    }
    out.end();
  }

  private Fields record(Kind kind) {
    return switch (kind) {
      case TRAJECTORIES -> trajectory();
      case CONTRIBUTIONS -> contribution();
      case POLICY_INTEGRATIONS -> policyIntegration();
      case APPOINTMENTS -> appointment();
      case WORKING_GROUPS -> workingGroup();
      case ACTIVITIES -> activity();
      case COMMUNICATIONS -> communication();
      case EFFORTS -> effort();
      case INSTRUMENTS -> instrument();
      case KNOWLEDGE_ITEMS -> knowledgeItem();
      case PUBLICATIONS -> publication();
      case INVITATIONS -> invitation();
      case BARRIERS -> barrier();
    };
  }

  private Fields trajectory() {
    String id = id(Kind.TRAJECTORIES, "t");
    String party = name(party(Kind.TRAJECTORIES));
    String kind = random.nextInt(10) < 7 ? "NEW" : "SCALE_UP";
    String started = date();
    String category = pick(CATEGORIES);
    String status = pick(STATUSES);
    long value = 1_000L * (10 + random.nextInt(990));
    List<String> strategies = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String s = pick(STRATEGIES);
      if (!strategies.contains(s)) {
        strategies.add(s);
      }
    }
    int n = serial;
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("party", party);
      g.writeStringField("title", "Circulair inkooptraject " + n);
      g.writeStringField("kind", kind);
      g.writeStringField("started", started);
      g.writeStringField("category", category);
      g.writeStringField("status", status);
      g.writeNumberField("valueEur", value);
      g.writeArrayFieldStart("strategies");
      for (String s : strategies) {
        g.writeString(s);
      }
      g.writeEndArray();
    };
  }

  private Fields contribution() {
    Member member = party(Kind.CONTRIBUTIONS);
    int year;
    if (random.nextDouble() < OUT_OF_TERM) {
      year = random.nextInt(10) < 6 ? termStart.getYear() - 1 : directory.termEnd().getYear() + 1;
    } else {
      year = termStart.getYear() + random.nextInt(directory.termEnd().getYear() - termStart.getYear() + 1);
    }
    double factor = member == null ? 1 : yearlyFactor.getOrDefault(member.id() + year, 1.0);
    BigDecimal amount = BigDecimal.valueOf(contributionBase * factor * (0.8 + 0.4 * random.nextDouble()))
        .setScale(2, RoundingMode.HALF_UP);
    String party = name(member);
    return g -> {
      g.writeStringField("party", party);
      g.writeNumberField("year", year);
      g.writeNumberField("amountEur", amount);
    };
  }

  private Fields policyIntegration() {
    Member member = party(Kind.POLICY_INTEGRATIONS);
    String aspect = pick(ASPECTS);
    String date = date();
    boolean referenced = random.nextInt(10) != 0
        && (member == null || !aspect.equals(unreferencedAspect.get(member.id())));
    String party = name(member);
    int n = serial;
    return g -> {
      g.writeStringField("party", party);
      g.writeStringField("aspect", aspect);
      g.writeStringField("date", date);
      if (referenced) {
        g.writeStringField("reference", "https://example.org/beleid/" + n);
      }
    };
  }

  private Fields appointment() {
    String party = name(party(Kind.APPOINTMENTS));
    String member = pick(MEMBERS);
    String from = date();
    return g -> {
      g.writeStringField("party", party);
      g.writeStringField("member", member);
      g.writeStringField("from", from);
    };
  }

  private Fields workingGroup() {
    String id = id(Kind.WORKING_GROUPS, "wg");
    String theme = pick(THEMES);
    List<String> guides = names(Kind.WORKING_GROUPS, 1 + random.nextInt(2));
    List<String> members = ids(everyone, 2 + random.nextInt(3));
    String started = date();
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("theme", theme);
      strings(g, "guidedBy", guides);
      strings(g, "members", members);
      g.writeStringField("started", started);
    };
  }

  private Fields activity() {
    String id = id(Kind.ACTIVITIES, "a");
    String date = date();
    String title = "Bijeenkomst " + pick(THEMES);
    List<String> organisers = names(Kind.ACTIVITIES, 1 + random.nextInt(2));
    List<String> attendees = ids(directory.partiesWith(Role.PROCURING_PARTICIPANT), 1 + random.nextInt(5));
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("date", date);
      g.writeStringField("title", title);
      strings(g, "organisedBy", organisers);
      strings(g, "attendees", attendees);
    };
  }

  private Fields communication() {
    String party = name(party(Kind.COMMUNICATIONS));
    String date = date();
    String channel = pick(CHANNELS);
    int n = serial;
    return g -> {
      g.writeStringField("party", party);
      g.writeStringField("date", date);
      g.writeStringField("channel", channel);
      g.writeStringField("title", "Circulair inkopen bij ons, deel " + n);
      g.writeStringField("reference", "https://example.org/nieuws/" + n);
    };
  }

  private Fields effort() {
    Member member = party(Kind.EFFORTS);
    String[] own = member == null ? new String[0] : EFFORT_OWN.get(member.role());
    int choice = random.nextInt(EFFORT_ALL.length + own.length);
    String commitment = choice < EFFORT_ALL.length ? EFFORT_ALL[choice] : own[choice - EFFORT_ALL.length];
    String date = date();
    String party = name(member);
    int n = serial;
    return g -> {
      g.writeStringField("party", party);
      g.writeStringField("commitment", commitment);
      g.writeStringField("date", date);
      g.writeStringField("description", "Inspanning " + n);
    };
  }

  private Fields instrument() {
    String id = id(Kind.INSTRUMENTS, "i");
    String title = "Instrument " + pick(THEMES);
    String kind = pick(new String[] {"WORK_METHOD", "PROCUREMENT_INSTRUMENT", "KNOWLEDGE_TRANSFER"});
    List<String> developers = names(Kind.INSTRUMENTS, 1);
    List<String> contributors = ids(directory.partiesWith(Role.KNOWLEDGE_PARTNER), random.nextInt(4));
    String date = date();
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("title", title);
      g.writeStringField("kind", kind);
      strings(g, "developedBy", developers);
      strings(g, "contributors", contributors);
      g.writeStringField("date", date);
    };
  }

  private Fields knowledgeItem() {
    String id = id(Kind.KNOWLEDGE_ITEMS, "k");
    Member member = party(Kind.KNOWLEDGE_ITEMS);
    String date = date();
    String theme = pick(THEMES);
    String text = pick(LESSONS);
    String sensitivity = random.nextInt(10) == 0 ? null : "NONE";
    if (member != null && careless.get(member.id())) {
      double draw = random.nextDouble();
      if (draw < 0.03) {
        text = text + " " + String.format(Locale.ROOT, pick(PERSONAL), random.nextInt(10_000));
      } else if (draw < 0.04) {
        sensitivity = random.nextBoolean() ? "COMPETITION" : "PRIVACY";
      }
    }
    String factor = random.nextBoolean() ? "SUCCESS" : "FAILURE";
    String party = name(member);
    String finalText = text;
    String finalSensitivity = sensitivity;
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("party", party);
      g.writeStringField("date", date);
      g.writeStringField("title", "Les over " + theme);
      g.writeStringField("text", finalText);
      g.writeStringField("factor", factor);
      g.writeStringField("theme", theme);
      if (finalSensitivity != null) {
        g.writeStringField("sensitivity", finalSensitivity);
      }
    };
  }

  private Fields publication() {
    String party = name(party(Kind.PUBLICATIONS));
    String date = date();
    int n = serial;
    return g -> {
      g.writeStringField("party", party);
      g.writeStringField("date", date);
      g.writeStringField("title", "Wat we leerden, deel " + n);
      g.writeStringField("reference", "https://example.org/publicaties/" + n);
    };
  }

  private Fields invitation() {
    String by = name(party(Kind.INVITATIONS));
    String date = date();
    String outcome = pick(new String[] {"PENDING", "JOINED", "DECLINED"});
    int n = serial;
    return g -> {
      g.writeStringField("by", by);
      g.writeStringField("organisation", "Voorbeeldorganisatie " + n);
      g.writeStringField("date", date);
      g.writeStringField("outcome", outcome);
    };
  }

  private Fields barrier() {
    String id = id(Kind.BARRIERS, "b");
    String by = name(party(Kind.BARRIERS));
    String date = date();
    String status = pick(new String[] {"OPEN", "ADDRESSED", "RESOLVED"});
    int n = serial;
    return g -> {
      g.writeStringField("id", id);
      g.writeStringField("raisedBy", by);
      g.writeStringField("date", date);
      g.writeStringField("description", "Belemmering " + n);
      g.writeStringField("status", status);
    };
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The parties and units whose role the kind's own party field fits, as the deal has it. */
  private List<Member> fitting(Kind kind) {
    List<Member> fit = new ArrayList<>();
    for (Member m : everyone) {
      boolean fits = switch (kind) {
        case TRAJECTORIES -> m.role() == Role.PROCURING_PARTICIPANT || m.role() == Role.NATIONAL_GOVERNMENT;
        case CONTRIBUTIONS, POLICY_INTEGRATIONS -> m.role() == Role.PROCURING_PARTICIPANT;
        case APPOINTMENTS -> m.role() == Role.FACILITATING_PARTNER || m.isUnit();
        case WORKING_GROUPS -> m.role() == Role.KNOWLEDGE_PARTNER;
        case ACTIVITIES -> m.role() == Role.FACILITATING_PARTNER || m.role() == Role.NATIONAL_GOVERNMENT;
        case INSTRUMENTS, INVITATIONS -> m.role() == Role.FACILITATING_PARTNER;
        case PUBLICATIONS, BARRIERS -> m.role() == Role.NATIONAL_GOVERNMENT;
        case COMMUNICATIONS, EFFORTS, KNOWLEDGE_ITEMS -> true;
      };
      if (fits) {
        fit.add(m);
      }
    }
    return fit;
  }

  /** A party for the kind's own field: null for an unknown one, by the mix one that does not fit. */
  private Member party(Kind kind) {
    double draw = random.nextDouble();
    if (draw < UNKNOWN_PARTY) {
      return null;
    }
    if (draw < UNKNOWN_PARTY + ROLE_MISMATCH) {
      return everyone.get(random.nextInt(everyone.size()));
    }
    List<Member> pool = pools.get(kind);
    return pool.get(random.nextInt(pool.size()));
  }

  /** {@code count} distinct parties for a list-valued party field, named as {@link #name} does. */
  private List<String> names(Kind kind, int count) {
    List<String> chosen = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int tries = 0; chosen.size() < count && tries < 10; tries++) {
      Member m = party(kind);
      String id = m == null ? null : m.id();
      if (id == null || !ids.contains(id)) {
        ids.add(id);
        chosen.add(name(m));
      }
    }
    return chosen;
  }

  /** An unknown organisation's name, or the party's id, or (by the mix) its name or an alias. */
  private String name(Member member) {
    if (member == null) {
      return "Onbekende Organisatie " + random.nextInt(1000);
    }
    if (random.nextDouble() < BY_NAME) {
      if (!member.aliases().isEmpty() && random.nextBoolean()) {
        return member.aliases().get(random.nextInt(member.aliases().size()));
      }
      return member.name().toUpperCase(Locale.ROOT);
    }
    return member.id();
  }

  private List<String> ids(List<Member> pool, int count) {
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

  /** A new id of the kind or, by the mix, one issued before. */
  private String id(Kind kind, String prefix) {
    List<String> issued = issuedIds.computeIfAbsent(kind, k -> new ArrayList<>());
    if (!issued.isEmpty() && random.nextDouble() < DUPLICATE_ID) {
      return issued.get(random.nextInt(issued.size()));
    }
    String id = prefix + nextId.merge(kind, 1, Integer::sum);
    issued.add(id);
    return id;
  }

  /** A day in the term or, by the mix, before it (60%) or after it (40%). */
  private String date() {
    LocalDate date;
    if (random.nextDouble() < OUT_OF_TERM) {
      date = random.nextInt(10) < 6 ? termStart.minusDays(1 + random.nextInt(365))
          : directory.termEnd().plusDays(1 + random.nextInt(365));
    } else {
      date = termStart.plusDays(random.nextInt(termDays));
    }
    return date.toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
