package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The role a party has in the deal, and since when: signatories from the start, joiners later. */
@Value.Immutable
public abstract class PartyRole {
  /** The party that has the role. */
  @Value.Parameter
  public abstract PartyId party();

  /** Its role. */
  @Value.Parameter
  public abstract Role role();

  /** The day it joined (toetreding); empty for a party that signed the agreement. */
  public abstract Optional<LocalDate> joined();

  /** A signatory's role. */
  public static PartyRole of(PartyId party, Role role) {
    return ImmutablePartyRole.of(party, role);
  }
}
