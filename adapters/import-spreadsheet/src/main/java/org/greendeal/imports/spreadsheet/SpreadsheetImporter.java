package org.greendeal.imports.spreadsheet;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greendeal.io.ImportResult;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Evidence;

/**
 * Reads a filled-in evidence spreadsheet as evidence: an xlsx workbook with a sheet per record
 * type (as {@link SpreadsheetTemplate} writes it), or a CSV file of one record type.
 *
 * <p>Sheets are found by their Dutch name or evidence-file key ({@code Trajecten} or {@code
 * trajectories}); columns by the Dutch part, the English part or the whole of their header, ignoring
 * case and accents. Dates may be date cells or text ({@code 2019-03-01}, {@code 1-3-2019});
 * amounts numbers or text with a decimal comma or point ({@code 1.500,50}, {@code 1500.50}); lists
 * are separated by {@code ,} or {@code ;}. Empty rows are skipped.
 *
 * <p>Bad input is refused whole: an {@link InputException} lists every problem, located as {@code
 * file.xlsx:Trajecten!C7: started: ...} or {@code file.csv:7:3: started: ...}. Unknown columns,
 * unknown sheets that hold anything, formulas, and records without their required values (an id
 * for trajectories, working groups, activities, instruments, knowledge items and barriers) are
 * problems. Finally the evidence is written as an evidence file and read back, so that whatever
 * the evidence file refuses is refused here too.
 */
public final class SpreadsheetImporter {
  private SpreadsheetImporter() {}

  /**
   * The evidence in {@code file}; the CSV's record type is told from its header.
   *
   * @throws InputException if the file cannot be read or has any problem
   */
  public static ImportResult read(Path file) {
    return read(file, Optional.empty());
  }

  /**
   * The evidence of record type {@code type} in {@code file}: a CSV file of that type, or the
   * workbook's sheet of that type (its other sheets are skipped, and listed as such).
   *
   * @throws InputException if the file cannot be read, has no such sheet or has any problem
   */
  public static ImportResult read(Path file, SheetType type) {
    return read(file, Optional.of(checkNotNull(type, "type is null")));
  }

  private static ImportResult read(Path file, Optional<SheetType> type) {
    String name = checkNotNull(file, "file is null").toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(Problem.ofFile(name, Files.exists(file)
          ? "is not a file" : "no such file"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<Problem> problems = new ArrayList<>();
    List<ImportResult.Skipped> skipped = new ArrayList<>();
    EvidenceAssembler assembled = new EvidenceAssembler();
    TableBinder binder = new TableBinder(problems);
    int read;
    if (lower.endsWith(".csv")) {
      Table table = CsvReader.read(file, name);
      Optional<SheetType> csvType = type.isPresent() ? type : TypeGuess.of(table, problems);
      read = csvType.map(t -> counted(t, binder.bind(t, table, assembled))).orElse(0);
    } else if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      read = workbook(file, name, type, binder, assembled, problems, skipped);
    } else {
      throw new InputException(Problem.ofFile(name,
          "expected a file name ending in .xlsx or .csv"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Evidence evidence = assembled.evidence();
    RoundTrip.check(name, assembled, evidence, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new ImportResult(evidence, read, skipped);
  }

  private static int workbook(Path file, String name, Optional<SheetType> type,
      TableBinder binder, EvidenceAssembler assembled, List<Problem> problems,
      List<ImportResult.Skipped> skipped) {
    int read = 0;
    boolean found = false;
    for (WorkbookReader.NamedTable sheet : WorkbookReader.read(file, name)) {
      Table table = sheet.table();
      Optional<SheetType> sheetType = SheetType.byName(sheet.sheet());
      boolean holdsAnything = !table.rows().isEmpty()
          || table.header().stream().anyMatch(c -> !c.value().isBlank());
      if (sheetType.isEmpty()) {
        if (holdsAnything) {
          problems.add(table.origin().problem("", "unknown sheet \"" + sheet.sheet()
              + "\"; expected " + Column.oneOf(sheetNames())
              + ", or an empty sheet"));
        }
      } else if (type.isPresent() && sheetType.get() != type.get()) {
        if (!table.rows().isEmpty()) {
          int rows = table.rows().size();
          skipped.add(new ImportResult.Skipped(table.name(), rows + (rows == 1 ? " row" : " rows")
              + " not read: --type " + type.get().key()));
        }
      } else {
        found = true;
        read += counted(sheetType.get(), binder.bind(sheetType.get(), table, assembled));
      }
    }
    if (type.isPresent() && !found) {
      problems.add(Problem.ofFile(name, "has no sheet \"" + type.get().sheetName() + "\" ("
          + type.get().key() + ") for --type " + type.get().key()));
    }
    return read;
  }

  /**
   * The rows that count as read: those of evidence records. Joined parties are not records of
   * {@link Evidence#size()}, so they count in neither what was read nor what was imported.
   */
  private static int counted(SheetType type, int rows) {
    return type == SheetType.JOINED ? 0 : rows;
  }

  private static List<String> sheetNames() {
    return Arrays.stream(SheetType.values()).map(SheetType::sheetName).toList();
  }
}
