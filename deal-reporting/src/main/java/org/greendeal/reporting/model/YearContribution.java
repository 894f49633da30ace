package org.greendeal.reporting.model;

import java.math.BigDecimal;

/**
 * The yearly financial contributions.
 *
 * @param year the calendar year
 * @param total the sum of all contributions for that year, in euros
 * @param contributors how many parties contributed
 * @param overLimit how many parties' contributions for the year exceed the limit
 */
public record YearContribution(int year, BigDecimal total, int contributors, int overLimit) {}
