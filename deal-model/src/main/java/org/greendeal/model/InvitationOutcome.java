package org.greendeal.model;

/** What came of an invitation to join the deal (FP-5). */
public enum InvitationOutcome {
  PENDING, JOINED, DECLINED
}
