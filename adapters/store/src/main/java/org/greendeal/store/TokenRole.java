package org.greendeal.store;

/** What an API token may do. */
public enum TokenRole {
  /** The deal's project team: reads and writes everything, sees the audit trail, issues tokens. */
  PROJECT_TEAM,
  /** One party: reads what is public and its own records, writes only its own evidence. */
  PARTY
}
