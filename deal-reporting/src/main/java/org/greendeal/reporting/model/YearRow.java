package org.greendeal.reporting.model;

import java.math.BigDecimal;

/**
 * One year of the deal's timeline.
 *
 * @param year the calendar year
 * @param trajectoriesStarted trajectories started that year
 * @param contributions contributions for that year, in euros
 * @param activitiesHeld project-team activities held that year
 * @param partiesJoined parties that joined that year
 */
public record YearRow(int year, int trajectoriesStarted, BigDecimal contributions,
    int activitiesHeld, int partiesJoined) {}
