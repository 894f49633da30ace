package org.greendeal.io;

import java.util.List;
import org.greendeal.model.Evidence;

/**
 * What an importer made of its input: the evidence imported, and what it skipped and why.
 * Refused input is not a result: an importer throws {@link InputException} for it, and nothing is
 * imported.
 *
 * @param evidence the evidence imported
 * @param read how many items (lots, tenders, rows) were read
 * @param skipped the items read but not imported, each with its reason
 */
public record ImportResult(Evidence evidence, int read, List<Skipped> skipped) {
  public ImportResult {
    skipped = List.copyOf(skipped);
  }

  /** How many records were imported. */
  public int imported() {
    return evidence.size();
  }

  /** This result followed by {@code other}'s. */
  public ImportResult plus(ImportResult other) {
    return new ImportResult(evidence.concat(other.evidence), read + other.read,
        com.google.common.collect.ImmutableList.<Skipped>builder().addAll(skipped)
            .addAll(other.skipped).build());
  }

  /** Nothing imported yet. */
  public static ImportResult empty() {
    return new ImportResult(Evidence.empty(), 0, List.of());
  }

  /**
   * An item that was read but not imported.
   *
   * @param item where it is, such as {@code notice.xml: lot LOT-0002}
   * @param reason why it was skipped, such as {@code no circular-economy objective; BT-774: clim-mitig}
   */
  public record Skipped(String item, String reason) {
    @Override
    public String toString() {
      return item + ": skipped: " + reason;
    }
  }
}
