package org.greendeal.cli;

import java.nio.file.Path;
import java.util.List;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import picocli.CommandLine.Option;

/** The {@code --evidence FILE...} option: evidence files, concatenated. */
final class EvidenceSelection {
  @Option(names = "--evidence", paramLabel = "FILE",
      description = "An evidence file (YAML or JSON); repeat for several. "
          + "Without it: no evidence.")
  List<Path> files;

  Evidence load(Deal deal) {
    if (files == null || files.isEmpty()) {
      return Evidence.empty();
    }
    Evidence evidence = EvidenceFiles.read(files);
    evidence.deal().filter(id -> !id.equals(deal.id())).ifPresent(id -> {
      throw new UserError("the evidence is for deal \"" + id + "\", not for \"" + deal.id()
          + "\"; pass --deal " + id);
    });
    return evidence;
  }
}
