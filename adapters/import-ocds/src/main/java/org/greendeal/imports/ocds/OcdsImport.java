package org.greendeal.imports.ocds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.greendeal.io.ImportResult;

/**
 * What an OCDS import gives: the evidence with its trajectories, what was skipped and why, and
 * warnings about what was left out of trajectories that were imported.
 *
 * @param result the imported evidence, how many tenders and lots were read, and those skipped
 * @param warnings what was left out of imported trajectories, such as a value not in euros
 */
public record OcdsImport(ImportResult result, List<OcdsWarning> warnings) {
  public OcdsImport {
    checkNotNull(result, "result is null");
    warnings = List.copyOf(warnings);
  }
}
