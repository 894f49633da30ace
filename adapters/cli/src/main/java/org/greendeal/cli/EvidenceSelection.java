package org.greendeal.cli;

import java.nio.file.Path;
import java.util.List;
import org.greendeal.io.DemoEvidence;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import picocli.CommandLine.Option;

/**
 * The {@code --evidence FILE...} option: evidence files, concatenated; without it, the deal's
 * bundled illustrative demo evidence (or none, for a deal that has no demo).
 */
final class EvidenceSelection {
  @Option(names = "--evidence", paramLabel = "FILE",
      description = "An evidence file (YAML or JSON); repeat for several. "
          + "Without it: the deal's illustrative demo evidence.")
  List<Path> files;

  /** Whether the evidence is the bundled demo, which is illustrative. */
  boolean isDemo(Deal deal) {
    return (files == null || files.isEmpty()) && DemoEvidence.forDeal(deal.id()).isPresent();
  }

  Evidence load(Deal deal) {
    if (files == null || files.isEmpty()) {
      return DemoEvidence.forDeal(deal.id()).orElse(Evidence.empty());
    }
    Evidence evidence = EvidenceFiles.read(files);
    evidence.deal().filter(id -> !id.equals(deal.id())).ifPresent(id -> {
      throw new UserError("the evidence is for deal \"" + id + "\", not for \"" + deal.id()
          + "\"; pass --deal " + id);
    });
    return evidence;
  }
}
