package org.greendeal.benchmarks.compare;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an evidence file (JSON or JSON Lines) into {@link Rec} facts with Jackson's streaming
 * parser, for the rules engines of the comparison; parties that joined are added to the
 * directory. Kinds that no compared commitment reads are skipped.
 */
final class RecReader implements EvidenceStream.Handler {
  private static final Set<String> READ = Set.of("trajectories", "contributions",
      "policyIntegrations", "appointments", "workingGroups", "efforts", "knowledgeItems");

  private final Directory directory;
  private final String fileName;
  private final List<Rec> records = new ArrayList<>();

  private RecReader(Directory directory, String fileName) {
    this.directory = directory;
    this.fileName = fileName;
  }

  static List<Rec> read(Path file, Directory directory) throws IOException {
    RecReader reader = new RecReader(directory, file.getFileName().toString());
    EvidenceStream.read(file, reader);
    return reader.records;
  }

  @Override
  public void joined(String id, String name, String role, LocalDate date) {
    directory.join(id, name, Directory.Role.valueOf(role), date);
  }

  @Override
  public void record(String kind, int line, JsonParser p) throws IOException {
    if (!READ.contains(kind)) {
      EvidenceStream.skipRest(p);
      return;
    }
    String id = null;
    List<String> keys = new ArrayList<>(1);
    List<String> others = new ArrayList<>(0);
    String date = null;
    int year = 0;
    String detail = null;
    boolean referenced = false;
    long cents = 0;
    String sensitivity = "NONE";
    String title = null;
    String text = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String field = p.currentName();
      t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "party" -> keys.add(Directory.key(p.getText()));
        case "guidedBy" -> keys(p, keys);
        case "members" -> keys(p, others);
        case "date", "started", "from" -> date = p.getText();
        case "year" -> year = p.getIntValue();
        case "amountEur" -> cents = p.getDecimalValue().movePointRight(2).longValueExact();
        case "kind", "aspect", "commitment" -> detail = p.getText();
        case "reference" -> referenced = !p.getText().isBlank();
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
    boolean byYear = date == null;
    int day = byYear ? (int) LocalDate.of(year, 1, 1).toEpochDay() : EvidenceStream.epochDay(date);
    if (!byYear) {
      year = LocalDate.ofEpochDay(day).getYear();
    }
    List<String> all = keys;
    if (!others.isEmpty()) {
      all = new ArrayList<>(keys);
      all.addAll(others);
    }
    records.add(new Rec(kind, id, id != null ? id : fileName + ":" + line, keys, all, day, year,
        byYear, detail, referenced, cents, sensitivity, title, text));
  }

  private static void keys(JsonParser p, List<String> into) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      into.add(Directory.key(p.getText()));
    }
  }
}
