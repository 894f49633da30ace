package org.greendeal.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A party that joined the deal after it was signed (toetreding); judged from its joining date. */
@Value.Immutable
public abstract class JoinedParty {
  public abstract PartyId id();

  public abstract String name();

  public abstract Role role();

  /** The day it joined. */
  public abstract LocalDate date();

  @Value.Auxiliary
  public abstract Optional<SourceRef> source();
}
