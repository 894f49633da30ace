package org.greendeal.imports.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.SourceRef;

/**
 * Reads a CSV file (UTF-8, with or without a byte-order mark; fields separated by {@code ,} or, as
 * Dutch spreadsheet programs write, {@code ;}) as a {@link Table} whose first row is the header.
 * A field that starts with {@code =} is a formula to a spreadsheet program and is kept as one, so
 * that it is refused.
 */
final class CsvReader {
  /** The largest CSV file read, in bytes. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private CsvReader() {}

  /**
   * The table of {@code file}, named {@code name} in problems.
   *
   * @throws InputException if it is not UTF-8 text in CSV, or has no header
   */
  static Table read(Path file, String name) {
    String text = text(file, name);
    if (text.isBlank()) {
      throw new InputException(Problem.ofFile(name, "is empty; expected a header row of "
          + "columns such as \"Kenmerk / id\", as 'greendeal template --format csv' writes"));
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> header = null;
    Lines lines = new Lines(text);
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        int line = lines.at((int) record.getCharacterPosition());
        List<Table.Cell> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
          cells.add(new Table.Cell(raw(record.get(i)), new Place.CsvField(name, line, i + 1)));
        }
        if (header == null) {
          header = cells;
        } else if (!cells.stream().allMatch(c -> c.value().isBlank())) {
          rows.add(row(name, line, cells, header.size()));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(Problem.ofFile(name, "not readable as CSV ("
          + Raw.shorten(String.valueOf(e.getMessage())) + "); expected fields separated by , or "
          + "; and quotes \" around fields that hold them"));
    }
    return new Table(name, new Place.CsvField(name, 1, 1), header, rows);
  }

  /** A row padded with blank cells to the header's width. */
  private static Table.Row row(String name, int line, List<Table.Cell> cells, int width) {
    List<Table.Cell> padded = new ArrayList<>(cells);
    for (int i = cells.size(); i < width; i++) {
      padded.add(new Table.Cell(Raw.BLANK, new Place.CsvField(name, line, i + 1)));
    }
    return new Table.Row(padded, new SourceRef(name, line, 1), new Place.CsvField(name, line, 1));
  }

  private static Raw raw(String value) {
    return value.startsWith("=") ? new Raw.Formula(value.substring(1)) : new Raw.Text(value);
  }

  private static String text(Path file, String name) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(Problem.ofFile(name, "is larger than " + MAX_BYTES / 1024 / 1024
            + " MiB; expected a smaller CSV file"));
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException(Problem.ofFile(name, "is not UTF-8 text; expected a CSV file "
          + "saved as \"CSV UTF-8\""));
    } catch (IOException e) {
      throw new InputException(Problem.ofFile(name, "cannot be read: " + e.getMessage()));
    }
  }

  /** {@code ;} if the first line has more of them than commas, else {@code ,}. */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** Counts lines as the parser moves forward through the text. */
  private static final class Lines {
    private final String text;
    private int position;
    private int line = 1;

    Lines(String text) {
      this.text = text;
    }

    /** The 1-based line of the character at {@code target}, at or after the last one asked. */
    int at(int target) {
      for (; position < target && position < text.length(); position++) {
        char c = text.charAt(position);
        if (c == '\n' || c == '\r' && (position + 1 >= text.length()
            || text.charAt(position + 1) != '\n')) {
          line++;
        }
      }
      return line;
    }
  }
}
