package org.greendeal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.Report;

/**
 * The report's findings as CSV: one row per finding, in {@link Report#allFindings()} order (the
 * commitments' findings, then the data findings).
 *
 * <p>The format is RFC 4180 ({@link CSVFormat#DEFAULT}): comma-separated, fields quoted where
 * needed, CRLF line ends, UTF-8 without a byte-order mark, and a header row.
 *
 * <p>The columns are, in order: {@code code, party, partyName, title, status, severity, actual,
 * required, total, evidence, message}.
 * <ul>
 *   <li>{@code party} and {@code partyName} are empty for a deal-wide finding; {@code title} (the
 *       commitment's short title) and {@code status} are empty for a data finding;
 *   <li>{@code status} and {@code severity} are the constants ({@code NOT_MET}, {@code ERROR});
 *   <li>{@code actual}, {@code required} and {@code total} are plain integers, empty where nothing is
 *       counted;
 *   <li>{@code evidence} holds the records' ids (or {@code file:line}) joined by {@code "; "};
 *   <li>{@code title} and {@code message} are in the language asked for.
 * </ul>
 *
 * <p><b>Header language.</b> The header uses stable English machine keys, the same names as the
 * fields of the findings JSON ({@code check --format json}) and of the report model, whatever the
 * language. A CSV file is above all read by tools (scripts, imports, pivot tables), and a tool that
 * looks up the column {@code status} must not break when someone renders with {@code --lang nl}.
 * People who want headings in their own language get them in the XLSX report.
 *
 * <p>Every text field passes {@link FormulaGuard}: a value that starts with {@code = + - @}, a tab
 * or a carriage return is prefixed with {@code '}, so that a spreadsheet never evaluates it. The
 * counts are written as numbers and are never negative.
 *
 * <p>The renderer writes to the stream it is given, flushes it and leaves it open.
 */
public final class CsvRenderer implements Renderer {
  /** The header row, in column order. */
  static final List<String> HEADER = List.of("code", "party", "partyName", "title", "status",
      "severity", "actual", "required", "total", "evidence", "message");

  /** What separates the evidence ids in one cell. */
  static final String EVIDENCE_SEPARATOR = "; ";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader(HEADER.toArray(String[]::new))
      .setRecordSeparator("\r\n")
      .get();

  @Override
  public void render(Report report, Language language, OutputStream out) throws IOException {
    Labels labels = new Labels(language);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // Not closed: closing the printer would close the caller's stream.
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    for (FindingRow f : report.allFindings()) {
      printer.printRecord(cells(f, labels));
    }
    printer.flush();
  }

  private static List<String> cells(FindingRow f, Labels labels) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(FormulaGuard.text(f.code()));
    cells.add(FormulaGuard.text(f.party().orElse("")));
    cells.add(FormulaGuard.text(f.partyName().orElse("")));
    cells.add(FormulaGuard.text(f.title().map(labels::text).orElse("")));
    cells.add(f.status().map(Enum::name).orElse(""));
    cells.add(f.severity().name());
    cells.add(number(f.actual()));
    cells.add(number(f.required()));
    cells.add(number(f.total()));
    cells.add(FormulaGuard.text(evidence(f)));
    cells.add(FormulaGuard.text(labels.text(f.message())));
    return cells;
  }

  private static String number(Optional<Integer> value) {
    return value.map(String::valueOf).orElse("");
  }

  /** The finding's evidence in one cell, not yet guarded. */
  static String evidence(FindingRow f) {
    return String.join(EVIDENCE_SEPARATOR, f.evidence());
  }
}
