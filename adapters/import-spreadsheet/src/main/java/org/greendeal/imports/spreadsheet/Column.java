package org.greendeal.imports.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a sheet: the evidence-file field it fills, its Dutch name, what it holds, whether
 * it is required, and what it means in Dutch and English (the header's comment in the template).
 *
 * @param field the evidence-file field name, the English part of the header
 * @param dutch the Dutch part of the header
 * @param kind what the column holds
 * @param required whether every record needs a value
 * @param choices the names a {@link ColumnKind#CHOICE} or {@link ColumnKind#CHOICES} column takes,
 *     empty for the other kinds
 * @param choiceType the enumeration of the choices, {@code null} for the other kinds
 * @param aboutNl what the column means, in Dutch
 * @param aboutEn what the column means, in English
 */
record Column(String field, String dutch, ColumnKind kind, boolean required, List<String> choices,
    Class<? extends Enum<?>> choiceType, String aboutNl, String aboutEn) {

  Column {
    choices = List.copyOf(choices);
  }

  static Column required(String field, String dutch, ColumnKind kind, String aboutNl,
      String aboutEn) {
    return new Column(field, dutch, kind, true, List.of(), null, aboutNl, aboutEn);
  }

  static Column optional(String field, String dutch, ColumnKind kind, String aboutNl,
      String aboutEn) {
    return new Column(field, dutch, kind, false, List.of(), null, aboutNl, aboutEn);
  }

  /** A column of one name of {@code type}; {@code kind} is CHOICE or CHOICES. */
  static Column choice(String field, String dutch, ColumnKind kind, boolean required,
      Class<? extends Enum<?>> type, String aboutNl, String aboutEn) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    return new Column(field, dutch, kind, required, names, type, aboutNl, aboutEn);
  }

  /** The bilingual header, such as {@code Startdatum / started}. */
  String header() {
    return dutch + " / " + field;
  }

  /** What a value must look like, for messages: {@code a date YYYY-MM-DD or D-M-YYYY}. */
  String expected() {
    return switch (kind) {
      case TEXT -> "text";
      case PARTY_ID -> "an id of lower-case letters, digits and hyphens";
      case COMMITMENT -> "a commitment id such as KP-3";
      case DATE -> "a date YYYY-MM-DD or D-M-YYYY";
      case YEAR -> "a year such as 2019";
      case AMOUNT -> "an amount in euros such as 1500 or 1.500,50";
      case CHOICE -> oneOf(choices);
      case CHOICES -> "one or more of " + String.join(", ", choices) + ", separated by , or ;";
      case PARTIES -> "one or more party ids or names, separated by , or ;";
    };
  }

  /** The header's comment in the template: what the column means, whether required, its format. */
  String comment() {
    String list = String.join(", ", choices);
    return header() + "\n"
        + (required ? "Verplicht. " : "Optioneel. ") + aboutNl + " "
        + String.format(kind.formatNl(), list) + "\n"
        + (required ? "Required. " : "Optional. ") + aboutEn + " "
        + String.format(kind.formatEn(), list);
  }

  /** {@code A or B}, or {@code one of A, B or C}. */
  static String oneOf(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    } else if (names.size() == 2) {
      return names.get(0) + " or " + names.get(1);
    }
    return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }
}
