package org.greendeal.model;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which parties a party field of a record type fits, such as "appointments fit facilitating
 * partners and the units". A party named in a field it does not fit is reported
 * (DATA-ROLE-MISMATCH) and not counted. A party field without a fit takes anyone; an effort
 * record fits the roles that its named commitment binds.
 */
@Value.Immutable
public abstract class RecordFit {
  public abstract RecordType records();

  /** The party field, such as {@code guidedBy}; the type's default when left out. */
  @Value.Default
  public String partyField() {
    return records().defaultPartyField();
  }

  /** The roles whose parties, and their units, fit. */
  public abstract Set<Role> roles();

  /** Parties or units that fit besides those roles. */
  public abstract List<PartyId> parties();

  @Value.Check
  protected void check() {
    if (!records().partyFields().contains(partyField())) {
      throw new IllegalStateException("fits: " + records().key() + " have no party field \""
          + partyField() + "\"; they have " + records().partyFields());
    }
  }
}
