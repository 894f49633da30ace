package org.greendeal.rules;

/** The codes of data findings: problems with the evidence or the deal rather than with a party. */
public enum DataCode {
  /** A record names a party that the deal does not have; the record is not counted. */
  UNKNOWN_PARTY("DATA-UNKNOWN-PARTY", Severity.ERROR),
  /** A record is dated outside the term, or before its party joined; it is not counted. */
  OUT_OF_TERM("DATA-OUT-OF-TERM", Severity.WARNING),
  /** A record does not fit the party's role; it is not counted for that party. */
  ROLE_MISMATCH("DATA-ROLE-MISMATCH", Severity.WARNING),
  /** Two records of one kind share an id; none of them is counted. */
  DUPLICATE_ID("DATA-DUPLICATE-ID", Severity.ERROR),
  /** The deal's stated number of parties per role disagrees with its annex. */
  ANNEX_COUNT("DATA-ANNEX-COUNT", Severity.ERROR);

  private final String code;
  private final Severity severity;

  DataCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The code as findings carry it, such as {@code DATA-OUT-OF-TERM}. */
  public String code() {
    return code;
  }

  /** The severity of its findings. */
  public Severity severity() {
    return severity;
  }
}
