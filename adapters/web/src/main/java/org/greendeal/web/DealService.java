package org.greendeal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.io.DemoEvidence;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.reporting.ReportBuilder;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.RuleSet;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.RecordContent;
import org.greendeal.store.RecordNotFoundException;
import org.greendeal.store.StaleVersionException;
import org.greendeal.store.Store;
import org.greendeal.store.StoredRecord;

/**
 * One deal's web core: what each viewer may see and change, over the store, the evidence codec,
 * the rules engine and the report builder. Handlers call it and render what it returns.
 *
 * <p>Access: the public sees published records that no prohibition flags (D-1), and findings and
 * the report over the published records; a party sees that plus its own records (published or
 * not), and findings over both; the project team sees everything. A record is <em>published</em>
 * when the project team has published it: what the team writes (or loads, such as the demo
 * evidence) is published at once; what a party writes, or changes, waits for the team.
 */
final class DealService {
  private final Store store;
  private final Deal deal;
  private final RuleSet rules;
  private volatile boolean illustrative;

  DealService(Store store, Deal deal, boolean illustrative) {
    this.store = store;
    this.deal = deal;
    this.rules = RuleSet.compile(deal);
    String source = store.deals().ensure(deal.id(), deal.title().nl(), "catalog:" + deal.id())
        .source();
    // once the demo evidence is loaded, the report says it is illustrative, --demo or not
    this.illustrative = illustrative || source.endsWith(DEMO);
  }

  private static final String DEMO = "+demo";

  Deal deal() {
    return deal;
  }

  RuleSet rules() {
    return rules;
  }

  Store store() {
    return store;
  }

  /** Loads the deal's bundled demo evidence, published, unless the deal has records already. */
  int loadDemo() {
    if (store.evidence().count(deal.id()) > 0) {
      return 0;
    }
    Evidence demo = DemoEvidence.forDeal(deal.id()).orElseThrow(() -> new IllegalStateException(
        "no demo evidence is bundled for " + deal.id()));
    List<RecordContent> contents = new ArrayList<>();
    Deal known = join(deal, demo.joined());
    for (Object record : RecordCodec.records(demo)) {
      contents.add(content(record, known, true));
    }
    int loaded = store.evidence().createAll("system", deal.id(), contents).size();
    store.deals().setSource(deal.id(), "catalog:" + deal.id() + DEMO);
    illustrative = true;
    kept.clear();
    return loaded;
  }

  /** The deal with the parties that joined it, as far as {@code viewer} may see them. */
  Deal dealFor(Viewer viewer) {
    return join(deal, evidence(viewer).joined());
  }

  /**
   * {@code deal} with the parties that joined, one by one; one whose id or name clashes with a
   * party it already has is left out, as the engine leaves it out (with a data finding).
   */
  static Deal join(Deal deal, List<JoinedParty> joined) {
    Deal result = deal;
    for (JoinedParty party : joined) {
      try {
        result = result.withJoined(List.of(party));
      } catch (IllegalStateException | IllegalArgumentException clash) {
        // the engine reports it
      }
    }
    return result;
  }

  /** The deal with every party that joined, for resolving names. */
  private Deal dealWithAllJoined() {
    List<JoinedParty> joined = new ArrayList<>();
    for (StoredRecord row : store.evidence().list(deal.id(), Optional.of(RecordCodec.JOINED))) {
      joined.add((JoinedParty) store.evidence().decode(row));
    }
    return join(deal, joined);
  }

  /** The records {@code viewer} may see, of {@code kind} or of every kind. */
  List<StoredRecord> visible(Viewer viewer, Optional<String> kind) {
    return store.evidence().list(deal.id(), kind).stream().filter(r -> canSee(viewer, r)).toList();
  }

  /** Whether {@code viewer} may see {@code row}. */
  boolean canSee(Viewer viewer, StoredRecord row) {
    if (row.deleted()) {
      return false;
    }
    if (viewer.isTeam()) {
      return true;
    }
    if (viewer.party().isPresent() && owns(viewer, row)) {
      return true;
    }
    return row.published() && !flagged(row);
  }

  /** Whether a prohibition of the deal (D-1) flags the record: it is never shown to others. */
  boolean flagged(StoredRecord row) {
    Object record = store.evidence().decode(row);
    return record instanceof org.greendeal.model.EvidenceRecord e
        && !rules.prohibitionsBrokenBy(e).isEmpty();
  }

  /** Whether the record counts in what {@code viewer} is shown of findings and the report. */
  private boolean counts(Viewer viewer, StoredRecord row) {
    return viewer.isTeam() || row.published()
        || (viewer.party().isPresent() && owns(viewer, row));
  }

  /**
   * Whether {@code viewer} is a party that the record's first party field names. The stored owner
   * (the first name, resolved) answers most; a record whose first party field is a list (a working
   * group's guides, an activity's organisers, an instrument's developers) is read for the rest.
   */
  boolean owns(Viewer viewer, StoredRecord row) {
    if (viewer.party().isEmpty()) {
      return false;
    }
    if (row.owner().equals(viewer.party().get())) {
      return true;
    }
    Object record = store.evidence().decode(row);
    return RecordCodec.ownerNames(record).size() > 1
        && owners(record, dealWithAllJoinedCached()).contains(viewer.party().get());
  }

  private volatile CachedDeal cachedDeal;

  private Deal dealWithAllJoinedCached() {
    long joined = store.evidence().list(deal.id(), Optional.of(RecordCodec.JOINED)).stream()
        .mapToLong(r -> r.id() * 31 + r.version()).sum();
    CachedDeal cached = cachedDeal;
    if (cached == null || cached.stamp != joined) {
      cached = new CachedDeal(joined, dealWithAllJoined());
      cachedDeal = cached;
    }
    return cached.deal;
  }

  private record CachedDeal(long stamp, Deal deal) {}

  /** The evidence {@code viewer} is judged on: what counts for it, in store order. */
  Evidence evidence(Viewer viewer) {
    List<StoredRecord> rows = store.evidence().list(deal.id(), Optional.empty()).stream()
        .filter(r -> counts(viewer, r)).toList();
    return store.evidence().evidence(deal.id(), rows);
  }

  /**
   * The lessons learned {@code viewer} may see (never one a prohibition flags), by date, that
   * have {@code theme} and {@code factor} (either empty for any) and hold every word of
   * {@code words} in their title, text or theme.
   */
  List<org.greendeal.model.KnowledgeItem> lessons(Viewer viewer, String theme, String factor,
      String words) {
    List<org.greendeal.model.KnowledgeItem> found = new ArrayList<>();
    List<String> terms = java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT)
        .split("\\s+")).filter(w -> !w.isBlank()).toList();
    for (StoredRecord row : visible(viewer, Optional.of(RecordType.KNOWLEDGE_ITEM.key()))) {
      if (flagged(row)) {
        continue;
      }
      org.greendeal.model.KnowledgeItem item =
          (org.greendeal.model.KnowledgeItem) store.evidence().decode(row);
      if (!theme.isEmpty() && !item.theme().map(theme::equalsIgnoreCase).orElse(false)) {
        continue;
      }
      if (!factor.isEmpty() && !item.factor().map(f -> f.name().equals(factor)).orElse(false)) {
        continue;
      }
      String text = (item.title() + " " + item.text().orElse("") + " " + item.theme().orElse(""))
          .toLowerCase(java.util.Locale.ROOT);
      if (terms.stream().allMatch(text::contains)) {
        found.add(item);
      }
    }
    found.sort(java.util.Comparator.comparing(org.greendeal.model.KnowledgeItem::date)
        .thenComparing(org.greendeal.model.EvidenceRecord::ref));
    return found;
  }

  /** The themes of the lessons learned {@code viewer} may see, sorted. */
  java.util.SortedSet<String> lessonThemes(Viewer viewer) {
    java.util.SortedSet<String> themes = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (org.greendeal.model.KnowledgeItem item : lessons(viewer, "", "", "")) {
      item.theme().ifPresent(themes::add);
    }
    return themes;
  }

  /** The records that wait for the project team to publish them, oldest first. */
  List<StoredRecord> unpublished(Viewer viewer) {
    requireTeam(viewer, "only the project team publishes records");
    return store.evidence().list(deal.id(), Optional.empty()).stream()
        .filter(r -> !r.published()).toList();
  }

  /**
   * The findings over the evidence {@code viewer} is judged on. Kept per viewer's scope, as-of
   * date and state of the records ({@link org.greendeal.store.EvidenceRecords#stamp}): any write
   * makes a new state, so a kept evaluation is never stale.
   */
  Evaluation evaluate(Viewer viewer, LocalDate asOf) {
    return judged(viewer, asOf).evaluation();
  }

  /** The report over the evidence {@code viewer} is judged on; kept as the findings are. */
  Report report(Viewer viewer, LocalDate asOf) {
    Judged judged = judged(viewer, asOf);
    return judged.report(() -> ReportBuilder.of(rules, judged.evidence(), judged.evaluation())
        .illustrative(illustrative).build());
  }

  private static final int KEPT = 64;

  private final Map<String, Judged> kept = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Judged> eldest) {
          return size() > KEPT;
        }
      });

  private Judged judged(Viewer viewer, LocalDate asOf) {
    String scope = viewer.isTeam() ? "team" : viewer.party().map(p -> "party:" + p)
        .orElse("public");
    String key = scope + "|" + asOf + "|" + store.evidence().stamp(deal.id());
    Judged judged = kept.get(key);
    if (judged == null) {
      Evidence evidence = evidence(viewer);
      judged = new Judged(evidence, rules.evaluate(evidence, asOf));
      kept.put(key, judged);
    }
    return judged;
  }

  /** Evidence as one viewer is judged on it, its evaluation, and the report once built. */
  private static final class Judged {
    private final Evidence evidence;
    private final Evaluation evaluation;
    private volatile Report report;

    Judged(Evidence evidence, Evaluation evaluation) {
      this.evidence = evidence;
      this.evaluation = evaluation;
    }

    Evidence evidence() {
      return evidence;
    }

    Evaluation evaluation() {
      return evaluation;
    }

    Report report(java.util.function.Supplier<Report> build) {
      Report built = report;
      if (built == null) {
        built = build.get();
        report = built;
      }
      return built;
    }
  }

  /** The record, if {@code viewer} may see it. */
  StoredRecord get(Viewer viewer, String kind, long id) {
    return store.evidence().find(deal.id(), kind, id).filter(r -> canSee(viewer, r))
        .orElseThrow(() -> ApiProblem.notFound("no " + kind + " record " + id + " in " + deal.id()));
  }

  /** Stores a new record from one JSON object; the caller's party must be the record's. */
  StoredRecord create(Viewer viewer, String kind, String json) {
    requireWriter(viewer);
    Object record = decode(kind, json);
    Deal known = dealWithAllJoinedCached();
    checkMayWrite(viewer, record, known);
    if (record instanceof JoinedParty joined && known.find(joined.id().value()).isPresent()) {
      throw new ApiProblem(422, "validation", "Invalid evidence", "the deal has a party "
          + joined.id() + " already; nothing was stored", List.of(new ApiProblem.FieldError("id",
              "party id \"" + joined.id() + "\" is taken")));
    }
    return store.evidence().create(viewer.actor(), deal.id(), content(record, known,
        viewer.isTeam()));
  }

  /** Replaces a record if it is still at {@code version}. */
  StoredRecord update(Viewer viewer, String kind, long id, int version, String json) {
    requireWriter(viewer);
    StoredRecord before = existing(viewer, kind, id);
    Object record = decode(kind, json);
    Deal known = dealWithAllJoinedCached();
    checkMayWrite(viewer, record, known);
    boolean published = viewer.isTeam() && before.published();
    return stale(() -> store.evidence().update(viewer.actor(), deal.id(), kind, id, version,
        content(record, known, published)));
  }

  /** Deletes a record (it is kept, marked) if it is still at {@code version}. */
  StoredRecord delete(Viewer viewer, String kind, long id, int version) {
    requireWriter(viewer);
    existing(viewer, kind, id);
    return stale(() -> store.evidence().delete(viewer.actor(), deal.id(), kind, id, version));
  }

  /** Publishes or withdraws a record; the project team's alone. */
  StoredRecord publish(Viewer viewer, String kind, long id, int version, boolean published) {
    requireTeam(viewer, "only the project team publishes records");
    existing(viewer, kind, id);
    return stale(() -> store.evidence().publish(viewer.actor(), deal.id(), kind, id, version,
        published));
  }

  /** Stores every record of an evidence file (YAML or JSON), all or none. */
  List<StoredRecord> upload(Viewer viewer, String fileName, String content) {
    requireWriter(viewer);
    Evidence evidence;
    try {
      evidence = EvidenceFiles.read(fileName, content);
    } catch (InputException e) {
      throw invalid(e, false);
    }
    return storeAll(viewer, evidence);
  }

  /**
   * Stores every record of an evidence workbook (xlsx, as {@code greendeal template} writes it and
   * {@code greendeal import evidence} reads it), all or none.
   */
  List<StoredRecord> uploadWorkbook(Viewer viewer, String fileName, byte[] content) {
    requireWriter(viewer);
    Evidence evidence;
    try {
      evidence = Workbooks.read(fileName, content);
    } catch (InputException e) {
      throw invalid(e, false);
    }
    return storeAll(viewer, evidence);
  }

  private List<StoredRecord> storeAll(Viewer viewer, Evidence evidence) {
    if (evidence.deal().filter(d -> !d.equals(deal.id())).isPresent()) {
      throw new ApiProblem(422, "validation", "Invalid evidence", "the file is for deal "
          + evidence.deal().get() + ", not " + deal.id(),
          List.of(new ApiProblem.FieldError("deal", "expected " + deal.id())));
    }
    Deal known = join(dealWithAllJoinedCached(), viewer.isTeam() ? evidence.joined() : List.of());
    List<RecordContent> contents = new ArrayList<>();
    for (Object record : RecordCodec.records(evidence)) {
      checkMayWrite(viewer, record, known);
      contents.add(content(record, known, viewer.isTeam()));
    }
    if (contents.isEmpty()) {
      throw new ApiProblem(422, "validation", "Invalid evidence", "the file holds no records",
          List.of());
    }
    return store.evidence().createAll(viewer.actor(), deal.id(), contents);
  }

  /** A record as the deal knows it: its owner resolved to a party id where it can be. */
  private static RecordContent content(Object record, Deal known, boolean published) {
    List<String> names = RecordCodec.ownerNames(record);
    String owner = names.isEmpty() ? "-" : known.find(names.get(0)).map(PartyId::value)
        .orElse(names.get(0));
    return new RecordContent(RecordCodec.kindOf(record), RecordCodec.recordId(record), owner,
        RecordCodec.encode(record), published);
  }

  private static Set<String> owners(Object record, Deal known) {
    Set<String> owners = new LinkedHashSet<>();
    for (String name : RecordCodec.ownerNames(record)) {
      owners.add(known.find(name).map(PartyId::value).orElse(name));
    }
    return owners;
  }

  private void checkMayWrite(Viewer viewer, Object record, Deal known) {
    if (viewer.isTeam()) {
      return;
    }
    String kind = RecordCodec.kindOf(record);
    if (kind.equals(RecordCodec.JOINED)) {
      throw ApiProblem.forbidden("only the project team records parties that joined");
    }
    if (!owners(record, known).contains(viewer.party().orElseThrow())) {
      throw ApiProblem.forbidden("a party writes only its own evidence: this " + kind
          + " record is not " + viewer.party().get() + "'s");
    }
  }

  private StoredRecord existing(Viewer viewer, String kind, long id) {
    StoredRecord row = store.evidence().find(deal.id(), kind, id).filter(r -> !r.deleted())
        .orElseThrow(() -> ApiProblem.notFound("no " + kind + " record " + id + " in "
            + deal.id()));
    if (!viewer.isTeam() && !owns(viewer, row)) {
      if (canSee(viewer, row)) {
        throw ApiProblem.forbidden("a party changes only its own evidence: " + row.subject()
            + " is " + row.owner() + "'s");
      }
      throw ApiProblem.notFound("no " + kind + " record " + id + " in " + deal.id());
    }
    return row;
  }

  static void requireWriter(Viewer viewer) {
    if (viewer.isPublic()) {
      throw ApiProblem.unauthorized("writing needs a token: Authorization: Bearer <token>");
    }
  }

  static void requireTeam(Viewer viewer, String detail) {
    if (viewer.isPublic()) {
      throw ApiProblem.unauthorized(detail + "; send a project-team token");
    }
    if (!viewer.isTeam()) {
      throw ApiProblem.forbidden(detail);
    }
  }

  private static StoredRecord stale(java.util.function.Supplier<StoredRecord> change) {
    try {
      return change.get();
    } catch (StaleVersionException e) {
      throw new ApiProblem(412, "stale-version", "Stale version",
          "the record is at version " + e.current() + ", not " + e.expected()
              + "; read it again and retry", List.of(), java.util.Map.of("ETag",
                  "\"" + e.current() + "\""));
    } catch (RecordNotFoundException e) {
      throw ApiProblem.notFound(e.getMessage());
    }
  }

  private Object decode(String kind, String json) {
    try {
      return RecordCodec.decode(kind, json, "body.json");
    } catch (InputException e) {
      throw invalid(e, true);
    }
  }

  /**
   * One problem of an uploaded file as an error: a problem at a workbook's cell ({@code
   * upload.xlsx:Trajecten!E2}) names the cell as its field, and its message reads as the CLI's
   * ({@code upload.xlsx:Trajecten!E2: started: ...}); a problem of a YAML or JSON file names the
   * field's path, and its message starts with {@code file:line:column} (or {@code file} when it
   * concerns the whole file).
   */
  private static ApiProblem.FieldError fileError(Problem p) {
    int cell = p.file().lastIndexOf(':');
    if (p.line() == 0 && cell > 0 && p.file().indexOf('!', cell) > 0) {
      return new ApiProblem.FieldError(p.file().substring(cell + 1), p.toString());
    }
    String where = p.line() > 0 ? p.file() + ":" + p.line() + ":" + p.column() : p.file();
    return new ApiProblem.FieldError(p.field(), where + ": " + p.message());
  }

  /** The problems of a record or file as a 422 problem with one error per field. */
  static ApiProblem invalid(InputException e, boolean record) {
    List<ApiProblem.FieldError> errors = new ArrayList<>();
    for (Problem p : e.problems()) {
      errors.add(record ? new ApiProblem.FieldError(p.field(), (p.line() > 0 ? p.file() + ":"
          + p.line() + ":" + p.column() + ": " : "") + p.message()) : fileError(p));
    }
    String detail = (record ? "the record" : "the file") + " has " + errors.size()
        + (errors.size() == 1 ? " problem" : " problems") + "; nothing was stored";
    return new ApiProblem(422, "validation", "Invalid evidence", detail, errors);
  }
}
