package org.greendeal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** The file formats, chosen by a file name's extension: YAML ({@code .yaml}, {@code .yml}) or JSON. */
enum Format {
  YAML(yamlParsers(), yamlWriter()),
  JSON(JsonFactory.builder().build(), jsonWriter());

  /** The largest YAML file read, in characters. */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /** What a problem says when the extension is none of these. */
  static final String EXPECTED = "expected a file name ending in .yaml, .yml or .json";

  private final JsonFactory parsers;
  private final ObjectMapper writer;

  Format(JsonFactory parsers, ObjectMapper writer) {
    this.parsers = parsers;
    this.writer = writer;
  }

  /** The format of {@code fileName}, by its extension, ignoring case. */
  static Optional<Format> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    } else if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  /** The factory of streaming parsers for this format. */
  JsonFactory parsers() {
    return parsers;
  }

  /**
   * Writes a tree of maps, lists, strings, numbers and booleans as text in this format; amounts as
   * plain numbers, never in exponent notation.
   */
  String write(Object tree) {
    try {
      String text = writer.writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * YAML parsers that accept documents of up to {@value #MAX_CODE_POINTS} characters (SnakeYAML's
   * default of about 3 million is too small for imported evidence).
   */
  private static JsonFactory yamlParsers() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  private static ObjectMapper yamlWriter() {
    YAMLFactory factory = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .build();
    return new ObjectMapper(factory).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  private static ObjectMapper jsonWriter() {
    return new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }
}
