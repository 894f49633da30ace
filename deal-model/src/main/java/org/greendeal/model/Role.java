package org.greendeal.model;

/** The role in which a party takes part in a deal (the headings of the agreement's annex). */
public enum Role {
  /** Faciliterende partner: runs the project team and the learning network. */
  FACILITATING_PARTNER("faciliterende partner", "facilitating partner"),
  /** Kennispartner: guides working groups and shares knowledge. */
  KNOWLEDGE_PARTNER("kennispartner", "knowledge partner"),
  /** Inkopende deelnemer: starts circular procurement trajectories. */
  PROCURING_PARTICIPANT("inkopende deelnemer", "procuring participant"),
  /** Rijksoverheid: the ministries and their units. */
  NATIONAL_GOVERNMENT("Rijksoverheid", "national government");

  private final LocalizedText label;

  Role(String dutch, String english) {
    this.label = LocalizedText.of(dutch, english);
  }

  /** The role's name as the agreement gives it, and in English. */
  public LocalizedText label() {
    return label;
  }
}
