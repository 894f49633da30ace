package org.greendeal.reporting.model;

import java.util.List;

/**
 * A progress report of a deal as of a date: what every renderer shows.
 *
 * @param header the deal, its term, the as-of date, and whether the evidence is illustrative
 * @param summary findings per status per role, shares of results met, contributions per year
 * @param parties each party's scorecard
 * @param commitments each commitment with every party's status
 * @param timeline per year: trajectories started, contributions, activities held, parties joined
 * @param trajectories trajectories by category, strategy and status, and the list of them
 * @param projectTeam project-team members, working groups and activities with attendance
 * @param lessons lessons learned by theme and factor, without anything a prohibition flags
 * @param dataFindings findings on the data rather than on a commitment
 */
public record Report(
    Header header,
    Summary summary,
    List<PartyScorecard> parties,
    List<CommitmentOverview> commitments,
    List<YearRow> timeline,
    TrajectoryBreakdown trajectories,
    ProjectTeam projectTeam,
    List<LessonGroup> lessons,
    List<FindingRow> dataFindings) {
  public Report {
    parties = List.copyOf(parties);
    commitments = List.copyOf(commitments);
    timeline = List.copyOf(timeline);
    lessons = List.copyOf(lessons);
    dataFindings = List.copyOf(dataFindings);
  }

  /** Every finding row: commitments' first (as the parties' scorecards have them), then data. */
  public List<FindingRow> allFindings() {
    return java.util.stream.Stream.concat(
            commitments.stream().flatMap(c -> c.findings().stream()), dataFindings.stream())
        .toList();
  }
}
