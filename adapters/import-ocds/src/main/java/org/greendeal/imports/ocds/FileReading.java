package org.greendeal.imports.ocds;

import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one OCDS file, whose shape its keys tell: a {@code releases} array is a release package, a
 * {@code records} array a record package, {@code ocid} and {@code tag} a single release; anything
 * else is refused. Each release with a tender goes to the {@link Selection}; a record gives its
 * {@code compiledRelease}, or else its embedded releases (linked releases hold nothing to read).
 */
final class FileReading {
  private final String file;
  private final Buyers buyers;
  private final Selection selection;
  private final LocalProblems problems;

  FileReading(String file, Buyers buyers, Selection selection) {
    this.file = file;
    this.buyers = buyers;
    this.selection = selection;
    this.problems = new LocalProblems(file);
  }

  /** Reads the file from {@code reader}; its outcomes go to the selection, its problems too. */
  void read(Reader reader) {
    JsonFileReader.read(reader, problems, r -> release(r, Optional.empty()), this::record)
        .ifPresent(this::shape);
    selection.add(Outcome.refused(problems.list()));
  }

  /** Called when the file could not be opened. */
  void unreadable(String message) {
    problems.whole(message);
    selection.add(Outcome.refused(problems.list()));
  }

  private void shape(JsonFileReader.TopLevel top) {
    JsonValue object = top.object();
    if (top.arrays().size() > 1) {
      problems.at(top.arrays().get(1), "a file has a releases array (a release package) or a"
          + " records array (a record package), not both");
    } else if (!top.arrays().isEmpty()) {
      return;
    } else if (!object.get("releases").isAbsent() || !object.get("records").isAbsent()) {
      JsonValue value = object.get("releases").isAbsent()
          ? object.get("records") : object.get("releases");
      problems.at(value, "is " + value.describe() + "; expected an array");
    } else if (object.keys().contains("ocid") && object.keys().contains("tag")) {
      release(object, Optional.empty());
    } else {
      problems.at(object, "not OCDS JSON: expected a release package (a \"releases\" array), a"
          + " record package (a \"records\" array) or a release (\"ocid\" and \"tag\"); found "
          + keys(object));
    }
  }

  private static String keys(JsonValue object) {
    if (object.keys().isEmpty()) {
      return "an empty object";
    }
    String keys = object.keys().stream().limit(8).collect(Collectors.joining(", "));
    return "the keys " + keys + (object.keys().size() > 8 ? ", ..." : "");
  }

  private void record(JsonValue record) {
    if (!record.is(JsonValue.Kind.OBJECT)) {
      problems.at(record, "is " + record.describe() + "; expected a record object");
      return;
    }
    Optional<String> ocid = text(record.get("ocid"));
    JsonValue compiled = record.get("compiledRelease");
    if (compiled.is(JsonValue.Kind.OBJECT)) {
      release(compiled, ocid);
      return;
    } else if (!compiled.isAbsent()) {
      problems.at(compiled, "is " + compiled.describe() + "; expected a compiled release object");
      return;
    }
    JsonValue releases = record.get("releases");
    if (!releases.isAbsent() && !releases.is(JsonValue.Kind.ARRAY)) {
      problems.at(releases, "is " + releases.describe() + "; expected an array of releases");
      return;
    }
    List<JsonValue> embedded = releases.items().stream().filter(r -> !isLinked(r)).toList();
    if (embedded.isEmpty()) {
      String name = ocid.orElse(record.path());
      selection.add(Outcome.skip(file + ": " + name, "the record has no compiledRelease and its"
          + " releases are only links (url), which hold nothing to read"));
    }
    embedded.forEach(release -> release(release, ocid));
  }

  /** A linked release: a url (and date and tag) pointing to a release elsewhere. */
  private static boolean isLinked(JsonValue release) {
    return release.keys().contains("url") && !release.keys().contains("ocid")
        && !release.keys().contains("tender");
  }

  /** A release; in a record, {@code recordOcid} is the record's ocid. */
  private void release(JsonValue release, Optional<String> recordOcid) {
    if (!release.is(JsonValue.Kind.OBJECT)) {
      problems.at(release, "is " + release.describe() + "; expected a release object");
      return;
    }
    LocalProblems found = new LocalProblems(file);
    JsonValue ocidValue = release.get("ocid");
    Optional<String> ocid = text(ocidValue).or(() -> recordOcid);
    if (ocid.isEmpty()) {
      found.at(ocidValue, "is " + ocidValue.describe() + "; expected the release's ocid, such as"
          + " \"ocds-213czf-000-00001\"");
    }
    JsonValue id = release.get("id");
    String name = text(id).orElse(release.path().isEmpty() ? "at line " + release.line()
        : release.path());
    JsonValue tender = release.get("tender");
    if (tender.isAbsent()) {
      selection.add(ocid.isPresent()
          ? Outcome.skip(Selection.Release.item(file, ocid.get(), name),
              "no tender in this release")
          : Outcome.refused(found.list()));
      return;
    }
    if (!tender.is(JsonValue.Kind.OBJECT)) {
      found.at(tender, "is " + tender.describe() + "; expected a tender object");
    }
    JsonValue date = release.get("date");
    Optional<OffsetDateTime> when = Dates.read(date, found);
    if (date.isAbsent()) {
      found.at(date, "is missing; expected the release's date-time, such as"
          + " \"2019-03-01T09:00:00Z\"");
    }
    if (!found.isEmpty() || ocid.isEmpty() || when.isEmpty()) {
      selection.add(Outcome.refused(found.list()));
      return;
    }
    Selection.Release competing =
        new Selection.Release(file, ocid.get(), name, when.get(), date.text());
    selection.compete(competing, ReleaseMapper.map(buyers, file, release, ocid.get()));
  }

  /** Non-blank text, or a number's digits (OCDS ids may be integers). */
  private static Optional<String> text(JsonValue value) {
    boolean usable = value.is(JsonValue.Kind.STRING) || value.is(JsonValue.Kind.NUMBER);
    return usable && !value.text().isBlank() ? Optional.of(value.text().strip())
        : Optional.empty();
  }
}
