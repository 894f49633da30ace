package org.greendeal.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * An organisation that signed (or joined) the deal. Its role is kept apart, in {@link PartyRole},
 * as FINOS CDM keeps a party apart from its party role.
 */
@Value.Immutable
public abstract class Party {
  /** The fixed id that evidence uses, such as {@code provincie-utrecht}. */
  public abstract PartyId id();

  /** The name exactly as the agreement's annex gives it, quirks included ("Enexis,"). */
  public abstract String name();

  /** The name to show people; the annex name without its quirks. */
  @Value.Default
  public String displayName() {
    return name();
  }

  /** Other names under which evidence may refer to the party (abbreviations, former names). */
  public abstract List<String> aliases();

  /** A party with the given id and annex name. */
  public static Party of(String id, String name) {
    return ImmutableParty.builder().id(PartyId.of(id)).name(name).build();
  }
}
