package org.greendeal.imports.ocds;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON value read from a file, with its path in the file (such as {@code
 * releases[2].tender.lots[0].title}) and the line and column where it starts. Asking an object for
 * a key it does not have gives a missing value located at the object, so that a message about it
 * can still point somewhere.
 */
final class JsonValue {
  enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

  private final Kind kind;
  private final String path;
  private final int line;
  private final int column;
  private final Map<String, JsonValue> fields;
  private final List<JsonValue> items;
  private final String text;

  private JsonValue(Kind kind, String path, int line, int column, Map<String, JsonValue> fields,
      List<JsonValue> items, String text) {
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.fields = fields;
    this.items = items;
    this.text = text;
  }

  static JsonValue object(String path, int line, int column, Map<String, JsonValue> fields) {
    return new JsonValue(Kind.OBJECT, path, line, column, fields, List.of(), "");
  }

  static JsonValue array(String path, int line, int column, List<JsonValue> items) {
    return new JsonValue(Kind.ARRAY, path, line, column, Map.of(), List.copyOf(items), "");
  }

  static JsonValue scalar(Kind kind, String path, int line, int column, String text) {
    return new JsonValue(kind, path, line, column, Map.of(), List.of(), text);
  }

  /** The path of key {@code name} inside the value at {@code path}. */
  static String key(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The path of item {@code index} inside the array at {@code path}. */
  static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  /** The value of key {@code name}, or a missing value when this is no object or lacks the key. */
  JsonValue get(String name) {
    JsonValue value = fields.get(name);
    return value != null ? value
        : new JsonValue(Kind.MISSING, key(path, name), line, column, Map.of(), List.of(), "");
  }

  /** The items of an array; nothing for any other value. */
  List<JsonValue> items() {
    return items;
  }

  /** The keys of an object, in the order of the file; nothing for any other value. */
  Set<String> keys() {
    return fields.keySet();
  }

  boolean is(Kind other) {
    return kind == other;
  }

  /** Whether the value is absent: missing or {@code null}, which OCDS treats alike. */
  boolean isAbsent() {
    return kind == Kind.MISSING || kind == Kind.NULL;
  }

  /** The text of a string, number or boolean, as written. */
  String text() {
    return text;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** What the value is, for a message: {@code "an object"}, {@code "the number 12"}, "missing". */
  String describe() {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "the text \"" + shorten(text) + "\"";
      case NUMBER -> "the number " + shorten(text);
      case BOOLEAN -> text;
      case NULL -> "null";
      case MISSING -> "missing";
    };
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
