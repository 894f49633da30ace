package org.greendeal.model;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whom a commitment binds: the parties with some roles, or a list of named parties or units, each
 * on its own or together.
 */
@Value.Immutable
public abstract class Binding {
  /** The roles whose parties are bound; empty when {@link #parties()} names them. */
  public abstract Set<Role> roles();

  /** Parties or units named one by one (R-4 binds three units); empty when roles are used. */
  public abstract List<PartyId> parties();

  /** Each on its own, or together. */
  @Value.Default
  public Scope scope() {
    return Scope.EACH;
  }

  @Value.Check
  protected void check() {
    if (roles().isEmpty() == parties().isEmpty()) {
      throw new IllegalStateException(
          "binding: name either roles or parties, not "
              + (roles().isEmpty() ? "neither" : "both: " + roles() + " and " + parties()));
    }
  }

  /** Each party with one of {@code roles}. */
  public static Binding each(Role... roles) {
    return ImmutableBinding.builder().addRoles(roles).build();
  }

  /** The parties with {@code roles}, together. */
  public static Binding together(Role... roles) {
    return ImmutableBinding.builder().addRoles(roles).scope(Scope.TOGETHER).build();
  }
}
