package org.greendeal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Factor;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.Language;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;

/**
 * The fields of the evidence forms, one list per kind of record, named as the evidence file
 * names them. A form fills a record in the evidence-file shape, which the evidence codec then
 * validates; fields a form does not show (such as eForms codes) are kept as they are.
 */
final class FormSpec {
  /** How a field is entered. */
  enum Type { TEXT, TEXTAREA, DATE, NUMBER, SELECT, LIST }

  /**
   * One field.
   *
   * @param name its key in the evidence file
   * @param nl its label in Dutch
   * @param en its label in English
   * @param type how it is entered
   * @param required whether the record needs it
   * @param options the values of a SELECT, or hints for a LIST
   */
  record Field(String name, String nl, String en, Type type, boolean required,
      List<String> options) {
    String label(Language language) {
      return language == Language.NL ? nl : en;
    }
  }

  private static final Map<String, List<Field>> FIELDS = new LinkedHashMap<>();

  static {
    kind("joined",
        text("id", "Partij-id", "Party id", true),
        text("name", "Naam", "Name", true),
        select("role", "Rol", "Role", true, Role.values()),
        date("date", "Datum van toetreding", "Date of joining", true));
    kind("trajectories",
        text("id", "Id", "Id", true),
        text("party", "Partij", "Party", true),
        text("title", "Titel", "Title", true),
        select("kind", "Soort", "Kind", true, TrajectoryKind.values()),
        date("started", "Gestart op", "Started on", true),
        text("category", "Categorie", "Category", false),
        select("status", "Status", "Status", false, TrajectoryStatus.values()),
        number("valueEur", "Waarde (euro)", "Value (euro)", false),
        list("strategies", "Strategieën (R-ladder)", "Strategies (R-ladder)", false,
            Strategy.values()),
        text("notice", "Aankondiging", "Tender notice", false));
    kind("contributions",
        text("party", "Partij", "Party", true),
        number("year", "Jaar", "Year", true),
        number("amountEur", "Bedrag (euro)", "Amount (euro)", true));
    kind("policyIntegrations",
        text("party", "Partij", "Party", true),
        select("aspect", "Aspect", "Aspect", true, PolicyAspect.values()),
        date("date", "Datum", "Date", true),
        text("reference", "Verwijzing", "Reference", false));
    kind("appointments",
        text("party", "Partij", "Party", true),
        text("member", "Lid (functie, nooit een naam)", "Member (role title, never a name)", true),
        date("from", "Vanaf", "From", true),
        date("until", "Tot en met", "Until", false));
    kind("workingGroups",
        text("id", "Id", "Id", true),
        text("theme", "Thema", "Theme", true),
        list("guidedBy", "Begeleid door", "Guided by", true),
        list("members", "Leden", "Members", false),
        date("started", "Gestart op", "Started on", true));
    kind("activities",
        text("id", "Id", "Id", true),
        date("date", "Datum", "Date", true),
        text("title", "Titel", "Title", true),
        list("organisedBy", "Georganiseerd door", "Organised by", true),
        list("attendees", "Aanwezig", "Attendees", false));
    kind("communications",
        text("party", "Partij", "Party", true),
        date("date", "Datum", "Date", true),
        text("channel", "Kanaal", "Channel", false),
        text("title", "Titel", "Title", false),
        text("reference", "Verwijzing", "Reference", false));
    kind("efforts",
        text("party", "Partij", "Party", true),
        text("commitment", "Afspraak (code)", "Commitment (code)", true),
        date("date", "Datum", "Date", true),
        textarea("description", "Beschrijving", "Description", false));
    kind("instruments",
        text("id", "Id", "Id", true),
        text("title", "Titel", "Title", true),
        select("kind", "Soort", "Kind", true, InstrumentKind.values()),
        list("developedBy", "Ontwikkeld door", "Developed by", true),
        list("contributors", "Bijgedragen door", "Contributors", false),
        date("date", "Datum", "Date", true));
    kind("knowledgeItems",
        text("id", "Id", "Id", true),
        text("party", "Partij", "Party", true),
        date("date", "Datum", "Date", true),
        text("title", "Titel", "Title", true),
        textarea("text", "Tekst", "Text", false),
        select("factor", "Factor", "Factor", false, Factor.values()),
        text("theme", "Thema", "Theme", false),
        select("sensitivity", "Gevoeligheid", "Sensitivity", false, Sensitivity.values()));
    kind("publications",
        text("party", "Partij", "Party", true),
        date("date", "Datum", "Date", true),
        text("title", "Titel", "Title", false),
        text("reference", "Verwijzing", "Reference", false));
    kind("invitations",
        text("by", "Door", "By", true),
        text("organisation", "Organisatie", "Organisation", true),
        date("date", "Datum", "Date", true),
        select("outcome", "Uitkomst", "Outcome", false, InvitationOutcome.values()));
    kind("barriers",
        text("id", "Id", "Id", true),
        text("raisedBy", "Ingebracht door", "Raised by", true),
        date("date", "Datum", "Date", true),
        textarea("description", "Beschrijving", "Description", false),
        select("status", "Status", "Status", false, BarrierStatus.values()));
  }

  private FormSpec() {}

  /** The fields of {@code kind}. */
  static List<Field> fields(String kind) {
    return FIELDS.getOrDefault(kind, List.of());
  }

  /** Every kind that has a form. */
  static List<String> kinds() {
    return new ArrayList<>(FIELDS.keySet());
  }

  private static void kind(String kind, Field... fields) {
    FIELDS.put(kind, List.of(fields));
  }

  private static Field text(String name, String nl, String en, boolean required) {
    return new Field(name, nl, en, Type.TEXT, required, List.of());
  }

  private static Field textarea(String name, String nl, String en, boolean required) {
    return new Field(name, nl, en, Type.TEXTAREA, required, List.of());
  }

  private static Field date(String name, String nl, String en, boolean required) {
    return new Field(name, nl, en, Type.DATE, required, List.of());
  }

  private static Field number(String name, String nl, String en, boolean required) {
    return new Field(name, nl, en, Type.NUMBER, required, List.of());
  }

  private static Field select(String name, String nl, String en, boolean required,
      Enum<?>[] values) {
    return new Field(name, nl, en, Type.SELECT, required,
        Arrays.stream(values).map(Enum::name).toList());
  }

  private static Field list(String name, String nl, String en, boolean required,
      Enum<?>... values) {
    return new Field(name, nl, en, Type.LIST, required,
        Arrays.stream(values).map(Enum::name).toList());
  }
}
