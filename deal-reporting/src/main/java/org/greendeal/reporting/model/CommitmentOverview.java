package org.greendeal.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.rules.Status;

/**
 * One commitment with every bound party's status.
 *
 * @param code its code
 * @param title its short title
 * @param text the agreement's sentence
 * @param obligation its kind
 * @param due when a RESULT is due
 * @param counts its findings per status
 * @param findings its findings, one per bound party (or one deal-wide)
 */
public record CommitmentOverview(
    String code,
    LocalizedText title,
    LocalizedText text,
    Obligation obligation,
    Optional<LocalDate> due,
    Map<Status, Integer> counts,
    List<FindingRow> findings) {
  public CommitmentOverview {
    findings = List.copyOf(findings);
  }
}
