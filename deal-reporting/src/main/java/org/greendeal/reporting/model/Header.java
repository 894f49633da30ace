package org.greendeal.reporting.model;

import java.time.LocalDate;
import java.util.Optional;
import org.greendeal.model.LocalizedText;

/**
 * What the report is about.
 *
 * @param dealId the deal's id
 * @param title the deal's title
 * @param subtitle its subtitle, if any
 * @param termStart the first day of the term
 * @param termEnd the last day of the term
 * @param asOf the date the evidence was judged on
 * @param illustrative whether the evidence is made-up demo evidence, not the deal's real record
 * @param evidenceRecords how many evidence records were given
 */
public record Header(
    String dealId,
    LocalizedText title,
    Optional<LocalizedText> subtitle,
    LocalDate termStart,
    LocalDate termEnd,
    LocalDate asOf,
    boolean illustrative,
    int evidenceRecords) {}
