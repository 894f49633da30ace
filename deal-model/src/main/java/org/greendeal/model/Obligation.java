package org.greendeal.model;

/** What kind of promise a commitment is; it decides which statuses a finding can have. */
public enum Obligation {
  /** Inspanningsverplichting: strive for, share, stimulate. Judged REPORTED or NO_EVIDENCE. */
  EFFORT,
  /** Resultaatsverplichting: start at least two, appoint. Judged MET, IN_PROGRESS or NOT_MET. */
  RESULT,
  /** A cap ("maximaal"). Judged WITHIN_LIMIT or EXCEEDED. */
  LIMIT,
  /** A prohibition ("geen ... uitgewisseld"). Judged RESPECTED or VIOLATED. */
  PROHIBITION
}
