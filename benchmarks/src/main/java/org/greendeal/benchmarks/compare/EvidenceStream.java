package org.greendeal.benchmarks.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One pass over an evidence file with Jackson's streaming parser, in either shape: an evidence
 * file in JSON ({@code {"deal": ..., "joined": [...], "trajectories": [...], ...}}) or JSON Lines
 * ({@code .jsonl}: one object per line whose first member, {@code type}, names the evidence file's
 * list it belongs to; not {@code kind}, which trajectories and instruments have as a field). Each record is handed over with the parser inside it, after its opening
 * brace (or, in JSON Lines, after its type), and the line it starts on; the handler reads its
 * members up to and including the closing brace. Parties that joined are handed over whole, and
 * must come before any record (as the generator writes them): a single pass cannot go back.
 */
final class EvidenceStream {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What the pass hands over. */
  interface Handler {
    /** A party that joined after signing. */
    void joined(String id, String name, String role, LocalDate date);

    /**
     * A record of list {@code kind} starting on {@code line}; the handler reads its members with
     * {@link JsonParser#nextToken()} until the closing {@link JsonToken#END_OBJECT}.
     */
    void record(String kind, int line, JsonParser parser) throws IOException;
  }

  private EvidenceStream() {}

  /** Whether the file is in JSON Lines, by its extension. */
  static boolean isJsonLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  static void read(Path file, Handler handler) throws IOException {
    try (JsonParser parser = FACTORY.createParser(file.toFile())) {
      if (isJsonLines(file)) {
        lines(parser, handler);
      } else {
        document(parser, handler);
      }
    }
  }

  private static void document(JsonParser p, Handler handler) throws IOException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT);
    boolean records = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken value = p.nextToken();
      if (key.equals("deal")) {
        continue;
      }
      expect(p, value, JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        if (key.equals("joined")) {
          if (records) {
            throw new IOException(p.currentLocation() + ": joined must come before the records");
          }
          joined(p, handler);
        } else {
          records = true;
          handler.record(key, line, p);
        }
      }
    }
  }

  private static void lines(JsonParser p, Handler handler) throws IOException {
    boolean records = false;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      expect(p, t, JsonToken.START_OBJECT);
      int line = p.currentTokenLocation().getLineNr();
      if (p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals("type")) {
        throw new IOException(p.currentLocation() + ": type must be a line's first member");
      }
      String kind = p.nextTextValue();
      switch (kind) {
        case "deal" -> skipRest(p);
        case "joined" -> {
          if (records) {
            throw new IOException(p.currentLocation() + ": joined must come before the records");
          }
          joined(p, handler);
        }
        default -> {
          records = true;
          handler.record(kind, line, p);
        }
      }
    }
  }

  /** The epoch day of an ISO date {@code YYYY-MM-DD}, without a formatter's machinery. */
  static int epochDay(String date) {
    if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
      return (int) LocalDate.parse(date).toEpochDay();
    }
    return (int) LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
        Integer.parseInt(date, 8, 10, 10)).toEpochDay();
  }

  /** Skips the rest of the object the parser is in, up to and including its closing brace. */
  static void skipRest(JsonParser p) throws IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
    }
  }

  private static void joined(JsonParser p, Handler handler) throws IOException {
    String id = null;
    String name = null;
    String role = null;
    String date = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String value = p.nextTextValue();
      switch (field) {
        case "id" -> id = value;
        case "name" -> name = value;
        case "role" -> role = value;
        case "date" -> date = value;
        default -> { }
      }
    }
    handler.joined(id, name, role, LocalDate.ofEpochDay(epochDay(date)));
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException(p.currentLocation() + ": expected " + expected + ", found " + actual);
    }
  }
}
