package org.greendeal.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the audit trail.
 *
 * @param id its sequence number
 * @param at when it happened
 * @param actor who did it: a token's role and id ({@code project-team#3}, {@code party:ns#5}) or
 *     {@code system}; never a person's name
 * @param action CREATE, UPDATE, DELETE, PUBLISH or TOKEN
 * @param dealId the deal concerned, if any
 * @param subject what changed, such as {@code trajectories/17} or {@code token/3}
 * @param before the state before, as JSON; empty for a creation
 * @param after the state after, as JSON
 */
public record AuditEvent(long id, Instant at, String actor, String action, Optional<String> dealId,
    String subject, Optional<String> before, Optional<String> after) {}
