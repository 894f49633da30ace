package org.greendeal.reporting.model;

import java.util.List;
import java.util.Optional;
import org.greendeal.model.LocalizedText;
import org.greendeal.rules.Severity;
import org.greendeal.rules.Status;

/**
 * One finding as a report shows it, with the party's name beside its id.
 *
 * @param code the commitment or data code
 * @param party the party's id; empty for a deal-wide finding
 * @param partyName the party's display name; empty for a deal-wide finding
 * @param title the commitment's short title; empty for a data finding
 * @param status the status; empty for a data finding
 * @param severity the severity
 * @param actual what was counted, where something is counted
 * @param required what is required, where something is counted
 * @param total how many were held since joining, where reported
 * @param evidence the records the finding rests on
 * @param message what the finding says
 */
public record FindingRow(
    String code,
    Optional<String> party,
    Optional<String> partyName,
    Optional<LocalizedText> title,
    Optional<Status> status,
    Severity severity,
    Optional<Integer> actual,
    Optional<Integer> required,
    Optional<Integer> total,
    List<String> evidence,
    LocalizedText message) {
  public FindingRow {
    evidence = List.copyOf(evidence);
  }

  /** Whether the finding says the party kept its word (MET, REPORTED, WITHIN_LIMIT, RESPECTED). */
  public boolean fulfilled() {
    return status.map(s -> s == Status.MET || s == Status.REPORTED || s == Status.WITHIN_LIMIT
        || s == Status.RESPECTED).orElse(false);
  }
}
