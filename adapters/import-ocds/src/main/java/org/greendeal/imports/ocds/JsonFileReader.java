package org.greendeal.imports.ocds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an OCDS JSON file with Jackson's streaming parser. The items of a top-level {@code
 * releases} or {@code records} array are handed over one at a time as they are read, so that a
 * bulk file is never held whole; the rest of the top-level object is kept. Syntax errors, a file
 * that ends early and duplicate keys become located problems.
 */
final class JsonFileReader {
  /**
   * The top-level object without the items of its {@code releases} and {@code records} arrays.
   *
   * @param object the other keys, as read
   * @param arrays the {@code releases} and {@code records} arrays whose items were handed over,
   *     each without its items
   */
  record TopLevel(JsonValue object, List<JsonValue> arrays) {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Pattern SOURCE = Pattern.compile(
      "\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)");

  private final JsonParser parser;
  private final LocalProblems problems;

  private JsonFileReader(JsonParser parser, LocalProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Reads {@code reader} to its end, giving each item of a top-level {@code releases} array to
   * {@code releases} and of a {@code records} array to {@code records}; empty when the file is not
   * one JSON object or cannot be parsed (a problem says why).
   */
  static Optional<TopLevel> read(Reader reader, LocalProblems problems,
      Consumer<JsonValue> releases, Consumer<JsonValue> records) {
    try (JsonParser parser = FACTORY.createParser(withoutByteOrderMark(reader))) {
      try {
        return new JsonFileReader(parser, problems).top(releases, records);
      } catch (JsonProcessingException e) {
        syntax(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
            problems);
        return Optional.empty();
      }
    } catch (CharacterCodingException e) {
      problems.whole("is not UTF-8 text; OCDS JSON is UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      problems.whole("cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A syntax error, a file that ends early, or JSON nested too deep, at {@code at}. */
  private static void syntax(JsonProcessingException e, JsonLocation at,
      LocalProblems problems) {
    int line = Math.max(at.getLineNr(), 0);
    int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 1);
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage()))
        .replaceAll("(opened at line $1, column $2)")
        .replaceAll(", from `[^`]*`", "").replace('\n', ' ');
    problems.at(line, column, "", e instanceof JsonEOFException
        ? "the file ends too early, it is truncated or incomplete: " + message
        : "JSON syntax error: " + message);
  }

  /** {@code reader} without the byte order mark that some tools write first. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private Optional<TopLevel> top(Consumer<JsonValue> releases, Consumer<JsonValue> records)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.whole("is empty; expected OCDS JSON: a release package, a record package or a"
          + " release");
      return Optional.empty();
    }
    int line = line();
    int column = column();
    if (first != JsonToken.START_OBJECT) {
      problems.at(line, column, "", "not OCDS JSON: the file holds " + describe(first)
          + "; expected an object: a release package, a record package or a release");
      return Optional.empty();
    }
    Map<String, JsonValue> fields = new LinkedHashMap<>();
    Map<String, int[]> keysAt = new LinkedHashMap<>();
    List<JsonValue> arrays = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int[] at = {line(), column()};
      int[] earlier = keysAt.putIfAbsent(name, at);
      if (earlier != null) {
        duplicate(at, name, name, earlier);
      }
      JsonToken token = parser.nextToken();
      boolean streamed = (name.equals("releases") || name.equals("records"))
          && token == JsonToken.START_ARRAY && earlier == null;
      if (streamed) {
        arrays.add(JsonValue.array(name, line(), column(), List.of()));
        Consumer<JsonValue> handler = name.equals("releases") ? releases : records;
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          handler.accept(value(JsonValue.index(name, index++)));
        }
      } else {
        JsonValue value = value(name);
        if (earlier == null) {
          fields.put(name, value);
        }
      }
    }
    if (parser.nextToken() != null) {
      problems.at(line(), column(), "", "more JSON after the end of the top-level object;"
          + " expected one object per file");
    }
    return Optional.of(new TopLevel(JsonValue.object("", line, column, fields), arrays));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> "null";
    };
  }

  private JsonValue value(String path) throws IOException {
    int line = line();
    int column = column();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(path, line, column);
      case START_ARRAY -> {
        List<JsonValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(JsonValue.index(path, items.size())));
        }
        yield JsonValue.array(path, line, column, items);
      }
      case VALUE_STRING -> scalar(JsonValue.Kind.STRING, path, line, column);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          scalar(JsonValue.Kind.NUMBER, path, line, column);
      case VALUE_TRUE, VALUE_FALSE -> scalar(JsonValue.Kind.BOOLEAN, path, line, column);
      default -> scalar(JsonValue.Kind.NULL, path, line, column);
    };
  }

  private JsonValue object(String path, int line, int column) throws IOException {
    Map<String, JsonValue> fields = new LinkedHashMap<>();
    Map<String, int[]> keysAt = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int[] at = {line(), column()};
      parser.nextToken();
      JsonValue value = value(JsonValue.key(path, name));
      int[] first = keysAt.putIfAbsent(name, at);
      if (first == null) {
        fields.put(name, value);
      } else {
        duplicate(at, JsonValue.key(path, name), name, first);
      }
    }
    return JsonValue.object(path, line, column, fields);
  }

  private JsonValue scalar(JsonValue.Kind kind, String path, int line, int column)
      throws IOException {
    return JsonValue.scalar(kind, path, line, column, parser.getText());
  }

  private void duplicate(int[] at, String path, String name, int[] first) {
    problems.at(at[0], at[1], path, "duplicate key \"" + name + "\"; it is already given at line "
        + first[0] + ", column " + first[1]);
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private int column() {
    return parser.currentTokenLocation().getColumnNr();
  }
}
