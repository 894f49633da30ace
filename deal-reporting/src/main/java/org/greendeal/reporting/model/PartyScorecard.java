package org.greendeal.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.Role;

/**
 * One party's commitments with their status, progress and evidence.
 *
 * @param id the party's (or unit's) id
 * @param name its display name
 * @param role its role
 * @param joined the day it joined, for a party that joined after signing
 * @param findings its findings, in commitment order
 */
public record PartyScorecard(
    String id, String name, Role role, Optional<LocalDate> joined, List<FindingRow> findings) {
  public PartyScorecard {
    findings = List.copyOf(findings);
  }

  /** How many of its findings say it kept its word. */
  public int fulfilled() {
    return (int) findings.stream().filter(FindingRow::fulfilled).count();
  }

  /** How many of its findings apply to it. */
  public int applicable() {
    return (int) findings.stream()
        .filter(f -> f.status().filter(s -> s == org.greendeal.rules.Status.NOT_APPLICABLE).isEmpty())
        .count();
  }

  /** Its progress, 0..100: fulfilled of applicable. */
  public int percent() {
    return applicable() == 0 ? 0 : Math.round(100f * fulfilled() / applicable());
  }
}
