package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greendeal.io.DealFiles;
import org.greendeal.imports.agreement.AgreementImport;
import org.greendeal.imports.agreement.AgreementImporter;
import org.greendeal.model.Deal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greendeal import agreement}: reads a Green Deal agreement text into a deal file, written
 * to {@code --out} (YAML or JSON by extension, whole or not at all) or to stdout as YAML; warnings
 * and a summary go to stderr.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = {"Reads a Green Deal agreement text (a PDF extract, UTF-8) into a deal file: its"
        + " parties by role, units, term and commitments.",
        "Warnings (header counts, abbreviations, wording it could not classify) go to stderr."},
    footer = {"", "Exit codes: 0 the deal file was written, 2 bad input or usage (nothing"
        + " written).", "See docs/importers/agreement.md."})
final class ImportAgreementCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.txt", description = "The agreement text.")
  Path file;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the deal file here, .yaml, .yml or .json (default: YAML on stdout).")
  Path out;

  @Option(names = "--signed", paramLabel = "DATE", converter = DateConverter.class,
      description = "The signing date and first day of the term, YYYY-MM-DD (default: the date"
          + " the text states, else that of a known deal of the same title).")
  LocalDate signed;

  @Option(names = "--id", paramLabel = "ID",
      description = "The deal's id (default: made of its title).")
  String id;

  @Override
  public Integer call() {
    boolean json = out != null && checkOut(out);
    AgreementImporter importer = AgreementImporter.standard();
    if (signed != null) {
      importer = importer.signedOn(signed);
    }
    if (id != null) {
      if (!AgreementImporter.isValidDealId(id)) {
        throw new UserError("--id \"" + id + "\": expected lower-case letters, digits, dots and"
            + " hyphens, such as gd-223");
      }
      importer = importer.withDealId(id);
    }
    AgreementImport result = importer.read(file);
    PrintWriter err = spec.commandLine().getErr();
    result.warnings().forEach(w -> err.println("warning: " + w));
    Deal deal = result.deal();
    String text = json ? DealFiles.toJson(deal) : DealFiles.toYaml(deal);
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
    }
    err.println("greendeal: read " + deal.parties().size() + " parties, " + deal.units().size()
        + " units, " + deal.commitments().size() + " commitments; " + result.warnings().size()
        + " warning" + (result.warnings().size() == 1 ? "" : "s")
        + (out == null ? "" : "; wrote " + out));
    return ExitCode.OK;
  }

  /** Whether {@code out} asks for JSON; refuses an extension that is no deal file's. */
  private static boolean checkOut(Path out) {
    String name = out.getFileName() == null ? ""
        : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    throw new UserError("--out " + out + ": expected a file name ending in .yaml, .yml or .json");
  }
}
