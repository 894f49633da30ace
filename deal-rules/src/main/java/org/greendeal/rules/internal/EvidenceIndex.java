package org.greendeal.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;
import org.greendeal.rules.Finding;

/**
 * The evidence indexed once per evaluation: each record's parties resolved, its dates checked
 * against the term, joining dates and the as-of date, its fit with its parties' roles checked, and
 * the counted records filed by party, record type and party field. Data findings are made here.
 */
public final class EvidenceIndex implements EvaluationContext {
  /** Records by date, then reference: the order of evidence in findings. */
  static final Comparator<EvidenceRecord> RECORD_ORDER =
      Comparator.comparing(EvidenceRecord::date).thenComparing(EvidenceRecord::ref);

  private record Key(PartyId party, RecordType type, String partyField) {}

  private record LeftOut(RecordType type, Explanation.Considered considered) {}

  private final Deal deal;
  private final Evidence evidence;
  private final LocalDate asOf;
  private final Map<Key, List<EvidenceRecord>> counted = new HashMap<>();
  private final Map<RecordType, List<EvidenceRecord>> countedByType = new EnumMap<>(RecordType.class);
  private final Map<RecordType, LocalDate[]> countedDates = new EnumMap<>(RecordType.class);
  private final Map<PartyId, List<LeftOut>> leftOut = new HashMap<>();
  private final Map<Key, List<EvidenceRecord>> withUnits = new ConcurrentHashMap<>();
  private final List<Finding> dataFindings;

  private EvidenceIndex(Deal deal, Evidence evidence, LocalDate asOf, List<Finding> dataFindings) {
    this.deal = deal;
    this.evidence = evidence;
    this.asOf = asOf;
    this.dataFindings = dataFindings;
  }

  /** Indexes {@code evidence} for judging against {@code deal} as of {@code asOf}. */
  public static EvidenceIndex build(Deal deal, Evidence evidence, LocalDate asOf) {
    DataFindings data = new DataFindings();
    Deal withJoined = join(deal, evidence.joined(), data);
    data.annexCounts(withJoined);
    EvidenceIndex index = new EvidenceIndex(withJoined, evidence, asOf, data.findings());
    index.fill(data);
    return index;
  }

  private static Deal join(Deal deal, List<JoinedParty> joined, DataFindings data) {
    Deal result = deal;
    for (JoinedParty party : joined) {
      try {
        result = result.withJoined(List.of(party));
      } catch (IllegalStateException | IllegalArgumentException clash) {
        data.joinRefused(party, clash.getMessage());
      }
    }
    return result;
  }

  private void fill(DataFindings data) {
    RoleFit fit = new RoleFit(deal);
    Set<EvidenceRecord> duplicates = duplicates(data);
    for (EvidenceRecord record : evidence.records()) {
      Map<String, List<PartyId>> parties = resolve(record, data);
      if (parties == null || duplicates.contains(record)) {
        continue;
      }
      Set<PartyId> named = new LinkedHashSet<>();
      parties.values().forEach(named::addAll);
      if (!visible(record)) {
        named.forEach(p -> leaveOut(p, record, LocalizedText.of("na de peildatum " + asOf,
            "after the as-of date " + asOf)));
        continue;
      }
      if (!inTerm(record)) {
        data.outOfTerm(record, named, deal.term());
        named.forEach(p -> leaveOut(p, record, LocalizedText.of("buiten de looptijd",
            "outside the term")));
        continue;
      }
      countedByType.computeIfAbsent(record.type(), t -> new ArrayList<>()).add(record);
      for (Map.Entry<String, List<PartyId>> field : parties.entrySet()) {
        for (PartyId party : field.getValue()) {
          Optional<LocalDate> joined = deal.joinedOn(party);
          if (joined.isPresent() && before(record, joined.get())) {
            data.beforeJoining(record, party, joined.get());
            leaveOut(party, record, LocalizedText.of("voor toetreding op " + joined.get(),
                "before joining on " + joined.get()));
          } else if (!fit.fits(record, field.getKey(), party)) {
            data.roleMismatch(record, field.getKey(), party, fit.describe(record, field.getKey()));
            leaveOut(party, record, LocalizedText.of("past niet bij de rol van de partij",
                "does not fit the party's role"));
          } else {
            counted.computeIfAbsent(new Key(party, record.type(), field.getKey()),
                k -> new ArrayList<>()).add(record);
          }
        }
      }
    }
    counted.values().forEach(list -> list.sort(RECORD_ORDER));
    countedByType.values().forEach(list -> list.sort(RECORD_ORDER));
    countedByType.forEach((type, list) ->
        countedDates.put(type, list.stream().map(EvidenceRecord::date).toArray(LocalDate[]::new)));
  }

  private Set<EvidenceRecord> duplicates(DataFindings data) {
    Map<RecordType, Map<String, List<EvidenceRecord>>> byId = new EnumMap<>(RecordType.class);
    for (EvidenceRecord record : evidence.records()) {
      record.id().ifPresent(id -> byId.computeIfAbsent(record.type(), t -> new HashMap<>())
          .computeIfAbsent(id, i -> new ArrayList<>()).add(record));
    }
    Set<EvidenceRecord> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
    byId.forEach((type, ids) -> ids.forEach((id, records) -> {
      if (records.size() > 1) {
        duplicates.addAll(records);
        Set<PartyId> parties = new LinkedHashSet<>();
        records.forEach(r -> type.partyFields().forEach(f ->
            r.partiesIn(f).forEach(name -> deal.find(name).ifPresent(parties::add))));
        data.duplicateId(type, id, records.size(), parties);
      }
    }));
    return duplicates;
  }

  /** Each party field's parties, or null when a name is unknown (after reporting it). */
  private Map<String, List<PartyId>> resolve(EvidenceRecord record, DataFindings data) {
    Map<String, List<PartyId>> resolved = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String field : record.type().partyFields()) {
      List<PartyId> ids = new ArrayList<>();
      for (String name : record.partiesIn(field)) {
        Optional<PartyId> id = deal.find(name);
        if (id.isPresent()) {
          if (!ids.contains(id.get())) {
            ids.add(id.get());
          }
        } else {
          unknown.add(name);
        }
      }
      resolved.put(field, ids);
    }
    if (!unknown.isEmpty()) {
      data.unknownParty(record, unknown);
      return null;
    }
    return resolved;
  }

  private boolean visible(EvidenceRecord record) {
    return record.type().datedByYear()
        ? record.date().getYear() <= asOf.getYear()
        : !record.date().isAfter(asOf);
  }

  private boolean inTerm(EvidenceRecord record) {
    return record.type().datedByYear()
        ? deal.term().containsYear(record.date().getYear())
        : deal.term().contains(record.date());
  }

  private static boolean before(EvidenceRecord record, LocalDate joined) {
    return record.type().datedByYear()
        ? record.date().getYear() < joined.getYear()
        : record.date().isBefore(joined);
  }

  private void leaveOut(PartyId party, EvidenceRecord record, LocalizedText why) {
    leftOut.computeIfAbsent(party, p -> new ArrayList<>())
        .add(new LeftOut(record.type(), Considerations.leftOut(record, why)));
  }

  /** The deal with its joined parties. */
  @Override
  public Deal deal() {
    return deal;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public Evidence evidence() {
    return evidence;
  }

  /** The data findings, unsorted. */
  public List<Finding> dataFindings() {
    return dataFindings;
  }

  @Override
  public List<EvidenceRecord> records(PartyId party, RecordType type, String partyField) {
    Key key = new Key(party, type, partyField);
    List<EvidenceRecord> own = counted.getOrDefault(key, List.of());
    List<OrganisationalUnit> units = deal.unit(party).isPresent() ? List.of() : deal.unitsOf(party);
    if (units.isEmpty()) {
      return Collections.unmodifiableList(own);
    }
    return withUnits.computeIfAbsent(key, k -> mergeUnits(own, units, type, partyField));
  }

  /** A party's records and its units', each once (a record may name both), in record order. */
  private List<EvidenceRecord> mergeUnits(List<EvidenceRecord> own, List<OrganisationalUnit> units,
      RecordType type, String partyField) {
    Set<EvidenceRecord> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<EvidenceRecord> all = new ArrayList<>(own);
    seen.addAll(own);
    for (OrganisationalUnit unit : units) {
      for (EvidenceRecord r : counted.getOrDefault(new Key(unit.id(), type, partyField), List.of())) {
        if (seen.add(r)) {
          all.add(r);
        }
      }
    }
    all.sort(RECORD_ORDER);
    return Collections.unmodifiableList(all);
  }

  @Override
  public List<EvidenceRecord> records(RecordType type) {
    return Collections.unmodifiableList(countedByType.getOrDefault(type, List.of()));
  }

  @Override
  public int countSince(RecordType type, LocalDate from) {
    LocalDate[] dates = countedDates.get(type);
    if (dates == null) {
      return 0;
    }
    int low = 0;
    int high = dates.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (dates[mid].isBefore(from)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return dates.length - low;
  }

  @Override
  public List<Explanation.Considered> leftOut(PartyId party, RecordType type) {
    return leftOut.getOrDefault(party, List.of()).stream()
        .filter(l -> l.type() == type).map(LeftOut::considered).toList();
  }

  @Override
  public LocalDate judgedFrom(PartyId party) {
    return deal.joinedOn(party).orElse(deal.term().start());
  }
}
