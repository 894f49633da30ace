package org.greendeal.web;

import java.util.Optional;
import org.greendeal.store.TokenHolder;
import org.greendeal.store.TokenRole;

/**
 * Who is asking: the public (no token), one party, or the project team.
 *
 * @param role what the viewer may do
 * @param party the party, for {@link Role#PARTY}
 * @param actor how the audit trail names the viewer
 */
public record Viewer(Role role, Optional<String> party, String actor) {
  /** The three roles of the web host. */
  public enum Role {
    /** Anyone: aggregates, findings and the report, published records that nothing flags. */
    PUBLIC,
    /** One party: what is public plus its own records; writes only its own evidence. */
    PARTY,
    /** The project team: reads and writes everything, sees the audit trail, issues tokens. */
    PROJECT_TEAM
  }

  /** The public, who sent no token. */
  public static final Viewer PUBLIC = new Viewer(Role.PUBLIC, Optional.empty(), "public");

  /** The viewer a valid token stands for. */
  public static Viewer of(TokenHolder holder) {
    return holder.role() == TokenRole.PROJECT_TEAM
        ? new Viewer(Role.PROJECT_TEAM, Optional.empty(), holder.actor())
        : new Viewer(Role.PARTY, holder.party(), holder.actor());
  }

  /** Whether this is the project team. */
  public boolean isTeam() {
    return role == Role.PROJECT_TEAM;
  }

  /** Whether this is the public, without a token. */
  public boolean isPublic() {
    return role == Role.PUBLIC;
  }

  /** Whether this viewer is the party {@code id}. */
  public boolean is(String id) {
    return party.filter(id::equals).isPresent();
  }
}
