package org.greendeal.imports.spreadsheet;

import static org.greendeal.imports.spreadsheet.Column.choice;
import static org.greendeal.imports.spreadsheet.Column.optional;
import static org.greendeal.imports.spreadsheet.Column.required;
import static org.greendeal.imports.spreadsheet.ColumnKind.AMOUNT;
import static org.greendeal.imports.spreadsheet.ColumnKind.CHOICE;
import static org.greendeal.imports.spreadsheet.ColumnKind.CHOICES;
import static org.greendeal.imports.spreadsheet.ColumnKind.COMMITMENT;
import static org.greendeal.imports.spreadsheet.ColumnKind.DATE;
import static org.greendeal.imports.spreadsheet.ColumnKind.PARTIES;
import static org.greendeal.imports.spreadsheet.ColumnKind.PARTY_ID;
import static org.greendeal.imports.spreadsheet.ColumnKind.TEXT;
import static org.greendeal.imports.spreadsheet.ColumnKind.YEAR;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Factor;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.Role;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;

/**
 * The record types of an evidence spreadsheet: the thirteen record lists of the evidence file and
 * {@code joined}, each with its evidence-file key, its Dutch sheet name and its columns, in the
 * order of the template's sheets.
 */
public enum SheetType {
  TRAJECTORIES("trajectories", "Trajecten",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van het traject, zoals pu-1.",
          "Unique id of the trajectory, such as pu-1."),
      required("party", "Partij", TEXT, "De inkopende partij (id of naam).",
          "The procuring party (id or name)."),
      required("title", "Titel", TEXT, "Naam van het inkooptraject.",
          "Name of the procurement trajectory."),
      choice("kind", "Soort", CHOICE, true, TrajectoryKind.class,
          "NEW is een nieuw traject, SCALE_UP de opschaling van een eerdere pilot.",
          "NEW is a new trajectory, SCALE_UP the scaling up of an earlier pilot."),
      required("started", "Startdatum", DATE, "De dag waarop het traject startte.",
          "The day the trajectory started."),
      optional("category", "Categorie", TEXT, "Productgroep, vrije tekst.",
          "Product category, free text."),
      choice("status", "Status", CHOICE, false, TrajectoryStatus.class,
          "Waar het traject nu staat.", "Where the trajectory stands now."),
      optional("valueEur", "Waarde in euro", AMOUNT, "De (geraamde) waarde.",
          "The (estimated) value."),
      choice("strategies", "Strategieën", CHOICES, false, Strategy.class,
          "Circulaire strategieën op de R-ladder.", "Circular strategies on the R-ladder."),
      optional("notice", "Aankondiging", TEXT, "Kenmerk van de aanbesteding, vrije tekst.",
          "Reference to the tender notice, free text.")),
  CONTRIBUTIONS("contributions", "Bijdragen",
      required("party", "Partij", TEXT, "De inkopende partij (id of naam).",
          "The procuring party (id or name)."),
      required("year", "Jaar", YEAR, "Het kalenderjaar van de bijdrage.",
          "The calendar year of the contribution."),
      required("amountEur", "Bedrag in euro", AMOUNT, "De financiële bijdrage.",
          "The financial contribution.")),
  POLICY_INTEGRATIONS("policyIntegrations", "Beleidsintegraties",
      required("party", "Partij", TEXT, "De inkopende partij (id of naam).",
          "The procuring party (id or name)."),
      choice("aspect", "Aspect", CHOICE, true, PolicyAspect.class,
          "Waarin circulair inkopen is verankerd: proces, beleid of strategie.",
          "Where circular procurement was integrated: process, policy or strategy."),
      required("date", "Datum", DATE, "De dag van de verankering.",
          "The day of the integration."),
      optional("reference", "Vindplaats", TEXT, "Waar het te vinden is, zoals een link.",
          "Where it can be found, such as a link.")),
  APPOINTMENTS("appointments", "Projectteam",
      required("party", "Partij", TEXT, "De partij die het lid aanwijst (id of naam).",
          "The party that appoints the member (id or name)."),
      required("member", "Functie", TEXT,
          "De functie in het projectteam, nooit een persoonsnaam.",
          "The role title in the project team, never a person's name."),
      required("from", "Vanaf", DATE, "De eerste dag van de aanwijzing.",
          "The first day of the appointment."),
      optional("until", "Tot en met", DATE, "De laatste dag, als die er is.",
          "The last day, if there is one.")),
  WORKING_GROUPS("workingGroups", "Werkgroepen",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van de werkgroep, zoals wg-ict.",
          "Unique id of the working group, such as wg-ict."),
      required("theme", "Thema", TEXT, "Het thema van de werkgroep.",
          "The theme of the working group."),
      required("guidedBy", "Begeleid door", PARTIES, "De begeleidende kennispartners.",
          "The knowledge partners who guide it."),
      optional("members", "Leden", PARTIES, "De deelnemende partijen.",
          "The parties taking part."),
      required("started", "Startdatum", DATE, "De dag waarop de werkgroep startte.",
          "The day the working group started.")),
  ACTIVITIES("activities", "Activiteiten",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van de activiteit, zoals a1.",
          "Unique id of the activity, such as a1."),
      required("date", "Datum", DATE, "De dag van de activiteit.", "The day of the activity."),
      required("title", "Titel", TEXT, "Naam van de activiteit.", "Name of the activity."),
      required("organisedBy", "Georganiseerd door", PARTIES, "De organiserende partijen.",
          "The organising parties."),
      optional("attendees", "Aanwezigen", PARTIES, "De partijen die aanwezig waren.",
          "The parties that attended.")),
  COMMUNICATIONS("communications", "Communicatie",
      required("party", "Partij", TEXT, "De partij die communiceerde (id of naam).",
          "The party that communicated (id or name)."),
      required("date", "Datum", DATE, "De dag van de communicatie.",
          "The day of the communication."),
      optional("channel", "Kanaal", TEXT, "Het kanaal, zoals website of nieuwsbrief.",
          "The channel, such as website or newsletter."),
      optional("title", "Titel", TEXT, "De titel.", "The title."),
      optional("reference", "Vindplaats", TEXT, "Waar het te vinden is, zoals een link.",
          "Where it can be found, such as a link.")),
  EFFORTS("efforts", "Inspanningen",
      required("party", "Partij", TEXT, "De partij die zich inspande (id of naam).",
          "The party that made the effort (id or name)."),
      required("commitment", "Afspraak", COMMITMENT,
          "De inspanningsverplichting die het aantoont.",
          "The effort obligation it shows."),
      required("date", "Datum", DATE, "De dag van de inspanning.", "The day of the effort."),
      optional("description", "Omschrijving", TEXT, "Wat er gedaan is.", "What was done.")),
  INSTRUMENTS("instruments", "Instrumenten",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van het instrument, zoals i1.",
          "Unique id of the instrument, such as i1."),
      required("title", "Titel", TEXT, "Naam van het instrument.", "Name of the instrument."),
      choice("kind", "Soort", CHOICE, true, InstrumentKind.class,
          "Werkwijze, inkoopinstrument of kennisoverdracht.",
          "Work method, procurement instrument or knowledge transfer."),
      required("developedBy", "Ontwikkeld door", PARTIES,
          "De faciliterende partners die het ontwikkelden.",
          "The facilitating partners who developed it."),
      optional("contributors", "Bijgedragen door", PARTIES, "Wie eraan bijdroeg.",
          "Who contributed to it."),
      required("date", "Datum", DATE, "De dag waarop het er was.", "The day it was ready.")),
  KNOWLEDGE_ITEMS("knowledgeItems", "Kennisitems",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van het kennisitem, zoals k1.",
          "Unique id of the knowledge item, such as k1."),
      required("party", "Partij", TEXT, "De partij die de kennis deelde (id of naam).",
          "The party that shared it (id or name)."),
      required("date", "Datum", DATE, "De dag waarop het gedeeld is.", "The day it was shared."),
      required("title", "Titel", TEXT, "De geleerde les in het kort.",
          "The lesson learned in short."),
      optional("text", "Tekst", TEXT,
          "De les zelf, zonder persoonsgegevens of concurrentiegevoelige informatie.",
          "The lesson itself, without personal data or competition-sensitive information."),
      choice("factor", "Factor", CHOICE, false, Factor.class, "Succes- of faalfactor.",
          "Success or failure factor."),
      optional("theme", "Thema", TEXT, "Het thema, vrije tekst.", "The theme, free text."),
      choice("sensitivity", "Gevoeligheid", CHOICE, false, Sensitivity.class,
          "Of het concurrentie- of privacygevoelig is (standaard NONE).",
          "Whether it is competition- or privacy-sensitive (NONE by default).")),
  PUBLICATIONS("publications", "Publicaties",
      required("party", "Partij", TEXT, "De publicerende partij (id of naam).",
          "The publishing party (id or name)."),
      required("date", "Datum", DATE, "De dag van publicatie.", "The day it was published."),
      required("title", "Titel", TEXT, "De titel.", "The title."),
      optional("reference", "Vindplaats", TEXT, "Waar het te vinden is, zoals een link.",
          "Where it can be found, such as a link.")),
  INVITATIONS("invitations", "Uitnodigingen",
      required("by", "Uitgenodigd door", TEXT, "De faciliterende partner (id of naam).",
          "The facilitating partner (id or name)."),
      required("organisation", "Organisatie", TEXT, "De uitgenodigde organisatie.",
          "The organisation invited."),
      required("date", "Datum", DATE, "De dag van de uitnodiging.",
          "The day of the invitation."),
      choice("outcome", "Uitkomst", CHOICE, false, InvitationOutcome.class,
          "Wat ervan kwam (standaard PENDING).", "What came of it (PENDING by default).")),
  BARRIERS("barriers", "Belemmeringen",
      required("id", "Kenmerk", TEXT, "Uniek kenmerk van de belemmering, zoals b1.",
          "Unique id of the barrier, such as b1."),
      required("raisedBy", "Ingebracht door", TEXT, "De partij die haar inbracht (id of naam).",
          "The party that raised it (id or name)."),
      required("date", "Datum", DATE, "De dag waarop zij is ingebracht.",
          "The day it was raised."),
      optional("description", "Omschrijving", TEXT, "De belemmering in wet- of regelgeving.",
          "The barrier in laws or regulations."),
      choice("status", "Status", CHOICE, false, BarrierStatus.class,
          "Hoe ver zij is aangepakt (standaard OPEN).", "How far it was dealt with (OPEN by default).")),
  JOINED("joined", "Toetredingen",
      required("id", "Partij-id", PARTY_ID, "Het id van de nieuwe partij, zoals gemeente-amsterdam.",
          "The id of the new party, such as gemeente-amsterdam."),
      required("name", "Naam", TEXT, "De naam van de partij.", "The name of the party."),
      choice("role", "Rol", CHOICE, true, Role.class, "De rol waarin zij toetrad.",
          "The role in which it joined."),
      required("date", "Datum toetreding", DATE, "De dag van toetreding.",
          "The day it joined."));

  private final String key;
  private final String sheetName;
  private final List<Column> columns;

  SheetType(String key, String sheetName, Column... columns) {
    this.key = key;
    this.sheetName = sheetName;
    this.columns = List.of(columns);
  }

  /** The record list's key in the evidence file, such as {@code trajectories}. */
  public String key() {
    return key;
  }

  /** The Dutch name of its sheet in the template, such as {@code Trajecten}. */
  public String sheetName() {
    return sheetName;
  }

  /** The bilingual column headers, such as {@code Startdatum / started}, in template order. */
  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  List<Column> columns() {
    return columns;
  }

  /**
   * The type that {@code name} names: its evidence-file key or its Dutch sheet name, ignoring case,
   * accents, spaces and punctuation.
   */
  public static Optional<SheetType> byName(String name) {
    String key = Headers.key(name);
    return Arrays.stream(values())
        .filter(t -> Headers.key(t.key).equals(key) || Headers.key(t.sheetName).equals(key))
        .findFirst();
  }

  /** The evidence-file keys of all types, in template order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(SheetType::key).toList();
  }
}
