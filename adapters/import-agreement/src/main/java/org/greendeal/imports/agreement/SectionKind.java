package org.greendeal.imports.agreement;

/** The kinds of section of an agreement text, by their headings. */
enum SectionKind {
  /** Before the first heading: the title. */
  PREAMBLE,
  /** "Betrokken partijen": how many parties per role. */
  PARTIES,
  /** "Omschrijving initiatief". */
  DESCRIPTION,
  /** "Resultaten". */
  RESULTS,
  /** "Inzet en acties ...": the commitments. */
  COMMITMENTS,
  /** "Bijlage N Alle betrokken partijen": the parties by role. */
  ANNEX,
  /** Any other annex; not read. */
  OTHER_ANNEX
}
