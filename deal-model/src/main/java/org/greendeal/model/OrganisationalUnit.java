package org.greendeal.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A part of a party that the agreement names on its own, such as the Rijksdienst voor Ondernemend
 * Nederland of the ministry of EZK. A unit takes its parent's role; evidence may name it directly.
 */
@Value.Immutable
public abstract class OrganisationalUnit {
  /** The unit's id, such as {@code rvo}. */
  public abstract PartyId id();

  /** Its name as the agreement gives it. */
  public abstract String name();

  /** The name to show people. */
  @Value.Default
  public String displayName() {
    return name();
  }

  /** Other names under which evidence may refer to the unit. */
  public abstract List<String> aliases();

  /** The party it belongs to. */
  public abstract PartyId partOf();
}
