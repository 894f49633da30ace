/**
 * The report model: plain, immutable records of everything a progress report shows, built once
 * from an evaluation and its evidence by {@link org.greendeal.reporting.ReportBuilder} and then
 * rendered to any format.
 */
package org.greendeal.reporting.model;
