package org.greendeal.reporting.model;

import java.util.List;

/**
 * The deal's organisation: who sits on the project team, the working groups, and the activities.
 *
 * @param members project-team appointments
 * @param workingGroups the thematic working groups
 * @param activities the activities held, with how many attended
 */
public record ProjectTeam(List<MemberRow> members, List<WorkingGroupRow> workingGroups,
    List<ActivityRow> activities) {
  public ProjectTeam {
    members = List.copyOf(members);
    workingGroups = List.copyOf(workingGroups);
    activities = List.copyOf(activities);
  }

  /**
   * A project-team appointment: a role title, never a person's name.
   *
   * @param party the appointing party or unit
   * @param partyName its display name
   * @param member the member's role title
   * @param from the first day
   */
  public record MemberRow(String party, String partyName, String member, java.time.LocalDate from) {}

  /**
   * A working group.
   *
   * @param id its id
   * @param theme its theme
   * @param guidedBy the display names of the parties that guide it
   * @param members the display names of its members
   * @param started when it started
   */
  public record WorkingGroupRow(String id, String theme, List<String> guidedBy,
      List<String> members, java.time.LocalDate started) {
    public WorkingGroupRow {
      guidedBy = List.copyOf(guidedBy);
      members = List.copyOf(members);
    }
  }

  /**
   * An activity of the project team.
   *
   * @param id its id
   * @param date when it was held
   * @param title its title
   * @param organisedBy the display names of its organisers
   * @param attendees how many parties attended
   */
  public record ActivityRow(String id, java.time.LocalDate date, String title,
      List<String> organisedBy, int attendees) {
    public ActivityRow {
      organisedBy = List.copyOf(organisedBy);
    }
  }
}
