package org.greendeal.benchmarks.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The built-in deal's parties as the comparison's own judges see them: ids, roles, names and
 * aliases (compared without case, accents or punctuation), units and their ministries, the term,
 * and parties that joined later. Read from the bundled deal file with SnakeYAML alone, not
 * through the project's model, so that the judges other than the project's stay independent of it
 * (and start without loading Jackson's data binding).
 */
public final class Directory {
  /** The roles of the deal, as the deal file spells them. */
  public enum Role { FACILITATING_PARTNER, KNOWLEDGE_PARTNER, PROCURING_PARTICIPANT, NATIONAL_GOVERNMENT }

  /**
   * A party or unit.
   *
   * @param id its id
   * @param role its role (a unit has its ministry's)
   * @param ministry for a unit, its ministry's id; else null
   * @param joinedDay the epoch day it joined, or the term's start when it signed
   * @param name its name, as the generator may write it
   * @param aliases other names evidence may use
   */
  public record Member(String id, Role role, String ministry, int joinedDay, String name,
      List<String> aliases) {
    /** Whether this is an organisational unit of a ministry. */
    public boolean isUnit() {
      return ministry != null;
    }

    /** The year it joined. */
    public int joinedYear() {
      return LocalDate.ofEpochDay(joinedDay).getYear();
    }
  }

  private static final String DEAL = "org/greendeal/io/deals/gdci-2.0.yaml";

  private final LocalDate termStart;
  private final LocalDate termEnd;
  private final Map<String, Member> byId = new LinkedHashMap<>();
  private final Map<String, Member> byKey = new HashMap<>();
  private final Map<String, List<String>> unitsOf = new HashMap<>();

  private Directory(LocalDate termStart, LocalDate termEnd) {
    this.termStart = termStart;
    this.termEnd = termEnd;
  }

  /** The built-in deal {@code gdci-2.0}, from its bundled deal file. */
  @SuppressWarnings("unchecked")
  public static Directory builtIn() {
    Map<String, Object> deal;
    try (InputStream in = Directory.class.getClassLoader().getResourceAsStream(DEAL)) {
      if (in == null) {
        throw new IllegalStateException(DEAL + " is not on the classpath");
      }
      deal = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> term = (Map<String, Object>) deal.get("term");
    Directory directory = new Directory(date(term.get("start")), date(term.get("end")));
    int signed = (int) directory.termStart.toEpochDay();
    for (Map<String, Object> party : (List<Map<String, Object>>) deal.get("parties")) {
      directory.add(new Member(text(party.get("id")), Role.valueOf(text(party.get("role"))),
          null, signed, text(party.get("name")), texts(party.get("aliases"))),
          (String) party.get("displayName"));
    }
    for (Map<String, Object> unit : (List<Map<String, Object>>) deal.get("units")) {
      String ministry = text(unit.get("partOf"));
      String id = text(unit.get("id"));
      directory.add(new Member(id, directory.byId.get(ministry).role(), ministry, signed,
          text(unit.get("name")), texts(unit.get("aliases"))), (String) unit.get("displayName"));
      directory.unitsOf.computeIfAbsent(ministry, m -> new ArrayList<>()).add(id);
    }
    return directory;
  }

  /** A YAML date: SnakeYAML reads an unquoted one as a {@link Date} at midnight UTC. */
  private static LocalDate date(Object value) {
    return value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
        : LocalDate.parse(String.valueOf(value));
  }

  private static String text(Object value) {
    return String.valueOf(value);
  }

  private static List<String> texts(Object list) {
    List<String> texts = new ArrayList<>();
    if (list instanceof List<?> values) {
      values.forEach(v -> texts.add(String.valueOf(v)));
    }
    return texts;
  }

  private void add(Member member, String displayName) {
    byId.put(member.id(), member);
    byKey.putIfAbsent(key(member.id()), member);
    byKey.putIfAbsent(key(member.name()), member);
    if (displayName != null) {
      byKey.putIfAbsent(key(displayName), member);
    }
    member.aliases().forEach(a -> byKey.putIfAbsent(key(a), member));
  }

  /** A party that joined after signing, from the evidence's {@code joined} list. */
  public void join(String id, String name, Role role, LocalDate date) {
    add(new Member(id, role, null, (int) date.toEpochDay(), name, List.of()), null);
  }

  /** The comparison key of a name: letters and digits only, lower case, no accents. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** The party or unit that {@code name} names, or null. */
  public Member find(String name) {
    Member exact = byId.get(name);
    return exact != null ? exact : byKey.get(key(name));
  }

  /** Every comparison key of a name, id or alias, with the id of the party or unit it names. */
  public Map<String, String> nameKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    byKey.forEach((key, member) -> keys.put(key, member.id()));
    return keys;
  }

  /** The party or unit with id {@code id}, or null. */
  public Member member(String id) {
    return byId.get(id);
  }

  /** The parties (not units) in the deal's order, then those that joined. */
  public List<Member> parties() {
    return byId.values().stream().filter(m -> !m.isUnit()).toList();
  }

  /** The units. */
  public List<Member> units() {
    return byId.values().stream().filter(Member::isUnit).toList();
  }

  /** The units of a ministry; empty for any other party. */
  public List<String> unitsOf(String party) {
    return unitsOf.getOrDefault(party, List.of());
  }

  /** The parties with {@code role}, in order. */
  public List<Member> partiesWith(Role role) {
    return parties().stream().filter(m -> m.role() == role).toList();
  }

  public LocalDate termStart() {
    return termStart;
  }

  public LocalDate termEnd() {
    return termEnd;
  }
}
