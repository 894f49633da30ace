package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.greendeal.io.DealCatalog;
import org.greendeal.imports.eforms.EformsImport;
import org.greendeal.imports.eforms.EformsImporter;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code greendeal import eforms}: eForms notices to trajectories of the built-in deal, one per lot
 * with the circular-economy objective (BT-774 {@code circ-econ}).
 */
@Command(name = "eforms", mixinStandardHelpOptions = true,
    description = {"Imports eForms notices (UBL XML, as TenderNed publishes them since September"
        + " 2023) as trajectories of the built-in deal: each lot whose green-procurement codes"
        + " (BT-774) include circ-econ becomes one; other lots are skipped with their reason.",
        "The buyer is found among the deal's parties by name, unless --party is given."},
    footer = {"", "Exit codes: 0 imported, 2 bad input or usage (nothing is written)."})
final class ImportEformsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "NOTICE.xml", description = "eForms notices (XML).")
  List<Path> notices;

  @Option(names = "--party", paramLabel = "ID",
      description = "Credit every trajectory to this party of the deal instead of the buyer.")
  String party;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the evidence here, YAML or JSON by extension (default: YAML on stdout).")
  Path out;

  @Override
  public Integer call() {
    Deal deal = DealCatalog.standard().builtIn();
    EformsImporter importer = EformsImporter.forDeal(deal);
    if (party != null) {
      importer = importer.creditingTo(party(deal));
    }
    EformsImport imported = Progress.over("eForms notices", notices, importer::read);
    PrintWriter err = spec.commandLine().getErr();
    imported.warnings().forEach(warning -> err.println("warning: " + warning));
    ImportOutput.write(spec, imported.result(), out);
    return ExitCode.OK;
  }

  private PartyId party(Deal deal) {
    return deal.find(party).orElseThrow(() -> new UserError("--party " + party
        + ": no party of " + deal.id() + "; expected a party id such as ns"
        + " ('greendeal deal' lists them)"));
  }
}
