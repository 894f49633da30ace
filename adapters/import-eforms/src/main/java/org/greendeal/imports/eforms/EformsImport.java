package org.greendeal.imports.eforms;

import java.util.List;
import org.greendeal.io.ImportResult;
import org.greendeal.io.Problem;

/**
 * What {@link EformsImporter} made of some notices.
 *
 * @param result the trajectories imported, how many lots were read and which were skipped and why
 * @param warnings what the user should know about imported lots without the import being refused,
 *     located like problems: a value not in euros (left out), a joint procurement credited to one
 *     party, a notice issued outside the deal's term
 */
public record EformsImport(ImportResult result, List<Problem> warnings) {
  public EformsImport {
    warnings = List.copyOf(warnings);
  }
}
