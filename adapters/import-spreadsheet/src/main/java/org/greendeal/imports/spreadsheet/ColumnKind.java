package org.greendeal.imports.spreadsheet;

/** What a column holds, which decides how a cell is read and how the template formats it. */
enum ColumnKind {
  /** Any text: an id, a party, a title. */
  TEXT("Tekst.", "Text."),
  /** A party id of lower-case letters, digits and hyphens. */
  PARTY_ID("Id van kleine letters, cijfers en koppeltekens.",
      "Id of lower-case letters, digits and hyphens."),
  /** A commitment id such as {@code KP-3}. */
  COMMITMENT("Code van de afspraak, zoals KP-3.", "Commitment code, such as KP-3."),
  /** A day: a date cell, or text {@code YYYY-MM-DD} or {@code D-M-YYYY}. */
  DATE("Datum JJJJ-MM-DD (of D-M-JJJJ).", "Date YYYY-MM-DD (or D-M-YYYY)."),
  /** A calendar year such as 2019. */
  YEAR("Jaartal, zoals 2019.", "Year, such as 2019."),
  /** An amount in euros, never negative. */
  AMOUNT("Bedrag in euro, niet negatief, zoals 1500 of 1.500,50.",
      "Amount in euros, not negative, such as 1500 or 1500.50."),
  /** One name of an enumeration. */
  CHOICE("Kies uit de lijst: %s.", "Pick from the list: %s."),
  /** Names of an enumeration separated by {@code ,} or {@code ;}. */
  CHOICES("Een of meer van %s, gescheiden door , of ;.",
      "One or more of %s, separated by , or ;."),
  /** Parties (ids or names) separated by {@code ,} or {@code ;}. */
  PARTIES("Een of meer partijen (id of naam), gescheiden door , of ;.",
      "One or more parties (id or name), separated by , or ;.");

  private final String formatNl;
  private final String formatEn;

  ColumnKind(String formatNl, String formatEn) {
    this.formatNl = formatNl;
    this.formatEn = formatEn;
  }

  /** How a value is written, in Dutch; {@code %s} stands for the choices. */
  String formatNl() {
    return formatNl;
  }

  /** How a value is written, in English; {@code %s} stands for the choices. */
  String formatEn() {
    return formatEn;
  }

  /** Whether a cell holds several values separated by {@code ,} or {@code ;}. */
  boolean isList() {
    return this == CHOICES || this == PARTIES;
  }
}
