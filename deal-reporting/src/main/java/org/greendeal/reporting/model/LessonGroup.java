package org.greendeal.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lessons learned on one theme, success and failure factors apart.
 *
 * @param theme the theme ("" for lessons without one)
 * @param successes the success factors
 * @param failures the failure factors
 * @param other lessons that name no factor
 */
public record LessonGroup(String theme, List<Lesson> successes, List<Lesson> failures,
    List<Lesson> other) {
  public LessonGroup {
    successes = List.copyOf(successes);
    failures = List.copyOf(failures);
    other = List.copyOf(other);
  }

  /**
   * One lesson learned (a knowledge item that no prohibition flags).
   *
   * @param id its id
   * @param party the sharing party's id
   * @param partyName its display name
   * @param date when it was shared
   * @param title its title
   * @param text its text, if any
   */
  public record Lesson(String id, String party, String partyName, LocalDate date, String title,
      Optional<String> text) {}
}
