package org.greendeal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greendeal.imports.spreadsheet.SheetType;
import org.greendeal.imports.spreadsheet.SpreadsheetTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code greendeal template}: an empty evidence spreadsheet to fill in and import. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an empty evidence spreadsheet to fill in: an xlsx workbook with a sheet "
        + "per record type (Dutch and English headers, explanations, drop-down lists, date "
        + "cells), or the header row of a CSV file of one record type. Import it with "
        + "'greendeal import evidence'.",
    footer = {"", "Examples:",
        "  greendeal template --format xlsx --out evidence.xlsx",
        "  greendeal template --type contributions --format xlsx --out bijdragen.xlsx",
        "  greendeal template --type trajectories --format csv > trajecten.csv"})
final class TemplateCommand implements Callable<Integer> {
  /** The formats of a template. */
  enum TemplateFormat {
    XLSX, CSV
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "Only this record type, by its evidence-file key: ${COMPLETION-CANDIDATES}. "
          + "For csv the default is trajectories.",
      completionCandidates = TypeConverter.Keys.class)
  SheetType type;

  @Option(names = "--format", paramLabel = "xlsx|csv",
      description = "xlsx or csv (default: from the --out extension).")
  TemplateFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the template to FILE.")
  Path out;

  @Override
  public Integer call() throws IOException {
    TemplateFormat chosen = chosenFormat();
    if (chosen == TemplateFormat.CSV) {
      SheetType csvType = type != null ? type : SheetType.TRAJECTORIES;
      String text = SpreadsheetTemplate.csv(csvType);
      if (out == null) {
        PrintWriter writer = spec.commandLine().getOut();
        writer.print(text);
        writer.flush();
      } else {
        AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getErr().println("greendeal: wrote " + out + " (csv template of "
            + csvType.key() + ")");
      }
      return ExitCode.OK;
    }
    if (out == null && Terminals.stdoutIsTerminal()) {
      throw new UserError("xlsx is binary and will not be written to a terminal; give --out FILE "
          + "(or redirect standard output)");
    }
    List<SheetType> sheets = type != null ? List.of(type) : List.of(SheetType.values());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SpreadsheetTemplate.xlsx(sheets, bytes);
    if (out == null) {
      OutputStream stdout = System.out;
      stdout.write(bytes.toByteArray());
      stdout.flush();
    } else {
      AtomicFiles.write(out, bytes.toByteArray());
      spec.commandLine().getErr().println("greendeal: wrote " + out + " (xlsx template, "
          + sheets.size() + (sheets.size() == 1 ? " sheet)" : " sheets)"));
    }
    return ExitCode.OK;
  }

  private TemplateFormat chosenFormat() {
    Optional<TemplateFormat> byExtension = Optional.ofNullable(out).map(Path::getFileName)
        .map(name -> name.toString().toLowerCase(Locale.ROOT))
        .flatMap(name -> Arrays.stream(TemplateFormat.values())
            .filter(f -> name.endsWith("." + f.name().toLowerCase(Locale.ROOT))).findFirst());
    if (format != null && out != null && byExtension.isPresent() && byExtension.get() != format) {
      throw new UserError("--out " + out + " does not end in ."
          + format.name().toLowerCase(Locale.ROOT) + ", the --format asked for");
    }
    if (format != null) {
      return format;
    }
    return byExtension.orElseThrow(() -> new UserError(
        "give --format xlsx or --format csv (or --out with a .xlsx or .csv name)"));
  }

  /** Reads {@code --type} as a record type's evidence-file key (or its Dutch sheet name). */
  static final class TypeConverter implements ITypeConverter<SheetType> {
    @Override
    public SheetType convert(String value) {
      return SheetType.byName(value).orElseThrow(() -> new TypeConversionException(
          "unknown record type \"" + value + "\"; expected one of "
              + String.join(", ", SheetType.keys())));
    }

    /** The keys, for help and completion. */
    static final class Keys implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return SheetType.keys().iterator();
      }
    }
  }
}
