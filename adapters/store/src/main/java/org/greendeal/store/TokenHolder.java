package org.greendeal.store;

import java.util.Optional;

/**
 * Who a valid token belongs to.
 *
 * @param tokenId the token's store id (the token itself is never kept)
 * @param role what it may do
 * @param party the party, for a {@link TokenRole#PARTY} token
 */
public record TokenHolder(long tokenId, TokenRole role, Optional<String> party) {
  /** How the audit trail names this holder: {@code project-team#3} or {@code party:ns#5}. */
  public String actor() {
    return role == TokenRole.PROJECT_TEAM ? "project-team#" + tokenId
        : "party:" + party.orElseThrow() + "#" + tokenId;
  }
}
