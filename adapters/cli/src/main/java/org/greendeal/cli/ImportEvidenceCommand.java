package org.greendeal.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greendeal.io.ImportResult;
import org.greendeal.imports.spreadsheet.SheetType;
import org.greendeal.imports.spreadsheet.SpreadsheetImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code greendeal import evidence}: a filled-in evidence spreadsheet as an evidence file. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = "Imports a filled-in evidence spreadsheet (an xlsx workbook as 'greendeal "
        + "template' writes it, or a CSV file of one record type) as an evidence file. A "
        + "spreadsheet with any problem is refused whole, every problem listed by sheet and cell "
        + "(or line and column), and nothing is written.",
    footer = {"", "Examples:",
        "  greendeal import evidence evidence.xlsx --out evidence.yaml",
        "  greendeal import evidence evidence.xlsx --type contributions",
        "  greendeal import evidence trajecten.csv --type trajectories --out trajecten.json"})
final class ImportEvidenceCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.xlsx|FILE.csv",
      description = "The spreadsheet: .xlsx, or .csv (UTF-8, separated by , or ;).")
  Path file;

  @Option(names = "--type", paramLabel = "TYPE", converter = TemplateCommand.TypeConverter.class,
      description = "The record type, by its evidence-file key such as trajectories: for a CSV "
          + "file, its type (default: told from its header); for a workbook, the only sheet to "
          + "read.")
  SheetType type;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the evidence file to FILE, .yaml or .json (default: YAML on stdout).")
  Path out;

  @Override
  public Integer call() {
    if (out != null) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
        throw new UserError("--out " + out + ": expected a file name ending in .yaml, .yml or "
            + ".json");
      }
    }
    ImportResult result = type == null ? SpreadsheetImporter.read(file)
        : SpreadsheetImporter.read(file, type);
    ImportOutput.write(spec, result, out);
    return ExitCode.OK;
  }
}
