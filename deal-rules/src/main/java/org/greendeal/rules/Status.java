package org.greendeal.rules;

import org.greendeal.model.LocalizedText;

/** The verdict on one commitment for one party, with the severity it always carries. */
public enum Status {
  /** A RESULT is fulfilled. */
  MET(Severity.INFO, "behaald", "met"),
  /** A RESULT is not yet fulfilled and not yet due. */
  IN_PROGRESS(Severity.INFO, "loopt", "in progress"),
  /** A RESULT was due on or before the as-of date and is not fulfilled. */
  NOT_MET(Severity.ERROR, "niet behaald", "not met"),
  /** An EFFORT has evidence in term. */
  REPORTED(Severity.INFO, "gerapporteerd", "reported"),
  /** An EFFORT has no evidence. */
  NO_EVIDENCE(Severity.WARNING, "geen bewijs", "no evidence"),
  /** A LIMIT holds. */
  WITHIN_LIMIT(Severity.INFO, "binnen de grens", "within limit"),
  /** A LIMIT is broken. */
  EXCEEDED(Severity.ERROR, "overschreden", "exceeded"),
  /** A PROHIBITION holds. */
  RESPECTED(Severity.INFO, "nageleefd", "respected"),
  /** A PROHIBITION is broken. */
  VIOLATED(Severity.ERROR, "geschonden", "violated"),
  /** The commitment does not apply, e.g. the party joined after it was due. */
  NOT_APPLICABLE(Severity.INFO, "niet van toepassing", "not applicable");

  private final Severity severity;
  private final LocalizedText label;

  Status(Severity severity, String dutch, String english) {
    this.severity = severity;
    this.label = LocalizedText.of(dutch, english);
  }

  /** The severity of a finding with this status. */
  public Severity severity() {
    return severity;
  }

  /** The status in words, for people. */
  public LocalizedText label() {
    return label;
  }
}
