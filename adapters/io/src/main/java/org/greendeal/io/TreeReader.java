package org.greendeal.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a file's text with Jackson's streaming parser into a tree of located nodes. Syntax errors
 * become a problem at the parser's location; duplicate keys and YAML aliases become problems too.
 */
final class TreeReader {
  private final JsonParser parser;
  private final Problems problems;

  private TreeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * The root of {@code content}, or empty when the file holds no document or cannot be parsed (the
   * latter adds a problem).
   */
  static Optional<Node> read(String content, Format format, Problems problems) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try (JsonParser parser = format.parsers().createParser(text)) {
      TreeReader reader = new TreeReader(parser, problems);
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      Node root = reader.value(FieldPath.ROOT);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(at.getLineNr(), at.getColumnNr(), FieldPath.ROOT,
            "a second document; expected one document per file");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 1);
      problems.add(line, column, FieldPath.ROOT, "syntax error: " + oneLine(e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      problems.addFile("cannot be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private Node value(FieldPath path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return map(line, column, path);
    } else if (token == JsonToken.START_ARRAY) {
      return list(line, column, path);
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.add(line, column, path, "an alias (*" + parser.getText()
          + "); expected the value written out");
    }
    return scalar(line, column, token);
  }

  private MapNode map(int line, int column, FieldPath path) throws IOException {
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation at = parser.currentTokenLocation();
      String key = parser.currentName();
      parser.nextToken();
      Node value = value(path.key(key));
      MapNode.Entry first = entries.get(key);
      if (first == null) {
        entries.put(key, new MapNode.Entry(key, at.getLineNr(), at.getColumnNr(), value));
      } else {
        problems.add(at.getLineNr(), at.getColumnNr(), path.key(key), "duplicate key \"" + key
            + "\"; it is already given at line " + first.line() + ", column " + first.column());
      }
    }
    return new MapNode(line, column, entries);
  }

  private ListNode list(int line, int column, FieldPath path) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(path.index(items.size())));
    }
    return new ListNode(line, column, items);
  }

  /** More integer digits than any amount, year or count can have. */
  private static final int MAX_INTEGER_DIGITS = 30;

  private ScalarNode scalar(int line, int column, JsonToken token) throws IOException {
    String text = parser.getText();
    return switch (token) {
      case VALUE_NUMBER_INT -> number(line, column, ScalarNode.Kind.INTEGER, text);
      case VALUE_NUMBER_FLOAT -> number(line, column, ScalarNode.Kind.DECIMAL, text);
      case VALUE_TRUE -> new ScalarNode(line, column, ScalarNode.Kind.TRUE, text, Optional.empty());
      case VALUE_FALSE ->
          new ScalarNode(line, column, ScalarNode.Kind.FALSE, text, Optional.empty());
      case VALUE_NULL -> new ScalarNode(line, column, ScalarNode.Kind.NULL, text, Optional.empty());
      default -> new ScalarNode(line, column, ScalarNode.Kind.TEXT, text, Optional.empty());
    };
  }

  /** A number, or text when the parser cannot give its value (YAML's {@code .inf}, say). */
  private ScalarNode number(int line, int column, ScalarNode.Kind kind, String text)
      throws IOException {
    try {
      BigDecimal value = parser.getDecimalValue();
      if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
        // 1e999999999 is a number, but no amount or year: read it as text, which fields refuse.
        return new ScalarNode(line, column, ScalarNode.Kind.TEXT, text, Optional.empty());
      }
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      return new ScalarNode(line, column, kind, text, Optional.of(value));
    } catch (JsonProcessingException | NumberFormatException | ArithmeticException e) {
      return new ScalarNode(line, column, ScalarNode.Kind.TEXT, text, Optional.empty());
    }
  }

  /**
   * The parser's message on one line: SnakeYAML's context and problem, without the quoted source
   * lines and markers it adds.
   */
  private static String oneLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    return message.lines()
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .collect(Collectors.joining("; "));
  }
}
