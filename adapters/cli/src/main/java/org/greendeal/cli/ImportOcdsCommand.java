package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.greendeal.io.DealCatalog;
import org.greendeal.imports.ocds.OcdsImport;
import org.greendeal.imports.ocds.OcdsImporter;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greendeal import ocds}: OCDS 1.1 releases with the sustainability extension as
 * trajectories of the built-in deal, one per tender or lot with the goal {@code
 * environmental.circularEconomy}.
 */
@Command(name = "ocds", mixinStandardHelpOptions = true,
    description = {"Imports OCDS 1.1 data with the sustainability extension (release packages,"
        + " record packages, single releases) as evidence: each tender or lot with the goal"
        + " environmental.circularEconomy becomes a trajectory of kind NEW; the rest is listed"
        + " as skipped, with its reason."},
    footer = {"", "Each trajectory is the buyer's, found among the deal's parties by name,"
        + " unless --party is given.",
        "Exit codes: 0 imported, 2 bad input (every problem located as"
        + " file:line:column: field: what is wrong; nothing is written)."})
final class ImportOcdsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.json",
      description = "OCDS JSON files: release packages, record packages or single releases.")
  List<Path> files;

  @Option(names = "--party", paramLabel = "ID",
      description = "The party of the deal whose trajectories these are, whatever the buyer.")
  String party;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the evidence to FILE (.yaml, .yml or .json); default: standard output"
          + " as YAML.")
  Path out;

  @Override
  public Integer call() {
    checkOutDirectory();
    Deal deal = DealCatalog.standard().builtIn();
    OcdsImporter importer = OcdsImporter.forDeal(deal);
    if (party != null) {
      PartyId id = deal.find(party).orElseThrow(() -> new UserError("--party " + party
          + ": not a party of " + deal.id() + "; expected a party id such as gemeente-utrecht"
          + " (see greendeal deal)"));
      importer = importer.withParty(id);
    }
    OcdsImport imported = Progress.over("OCDS files", files, importer::read);
    PrintWriter err = spec.commandLine().getErr();
    imported.warnings().forEach(err::println);
    ImportOutput.write(spec, imported.result(), out);
    return ExitCode.OK;
  }

  /** Refuses an --out in no directory before the files are read, not after. */
  private void checkOutDirectory() {
    Path parent = out == null ? null : out.toAbsolutePath().getParent();
    if (out != null && (parent == null || !Files.isDirectory(parent))) {
      throw new UserError("--out " + out + ": no such directory: " + parent);
    }
  }
}
