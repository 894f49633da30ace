package org.greendeal.reporting.model;

import java.util.Map;
import org.greendeal.model.Role;
import org.greendeal.rules.Status;

/**
 * How many findings of one role have each status.
 *
 * @param role the role
 * @param parties how many parties have the role
 * @param counts findings per status, in the order of {@link Status}; absent statuses left out
 */
public record RoleStatuses(Role role, int parties, Map<Status, Integer> counts) {
  /** The number of findings. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
