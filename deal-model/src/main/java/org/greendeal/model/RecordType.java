package org.greendeal.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence record, with the key each has in the evidence file, the fields a
 * criterion may test, and the fields that name parties (the first is the record's own party).
 */
public enum RecordType {
  TRAJECTORY("trajectories", "traject", "trajectory", "trajecten", "trajectories", "started", fields("party"),
      fields("id", "title", "kind", "started", "category", "status", "valueEur", "strategies",
          "notice", "strategicProcurement", "environmentalImpact", "gppCriteria")),
  CONTRIBUTION("contributions", "bijdrage", "contribution", "bijdragen", "contributions", "year", fields("party"),
      fields("year", "amountEur")),
  POLICY_INTEGRATION("policyIntegrations", "beleidsintegratie", "policy integration", "beleidsintegraties", "policy integrations", "date",
      fields("party"), fields("aspect", "date", "reference")),
  APPOINTMENT("appointments", "projectteamlid", "project-team appointment", "projectteamleden", "project-team appointments", "from",
      fields("party"), fields("member", "from", "until")),
  WORKING_GROUP("workingGroups", "werkgroep", "working group", "werkgroepen", "working groups", "started",
      fields("guidedBy", "members"), fields("id", "theme", "started")),
  ACTIVITY("activities", "activiteit", "activity", "activiteiten", "activities", "date", fields("organisedBy", "attendees"),
      fields("id", "date", "title")),
  COMMUNICATION("communications", "communicatie", "communication", "communicaties", "communications", "date", fields("party"),
      fields("date", "channel", "title", "reference")),
  EFFORT("efforts", "inspanning", "effort record", "inspanningen", "effort records", "date", fields("party"),
      fields("commitment", "date", "description")),
  INSTRUMENT("instruments", "instrument", "instrument", "instrumenten", "instruments", "date",
      fields("developedBy", "contributors"), fields("id", "title", "kind", "date")),
  KNOWLEDGE_ITEM("knowledgeItems", "kennisitem", "knowledge item", "kennisitems", "knowledge items", "date", fields("party"),
      fields("id", "date", "title", "text", "factor", "theme", "sensitivity")),
  PUBLICATION("publications", "publicatie", "publication", "publicaties", "publications", "date", fields("party"),
      fields("date", "title", "reference")),
  INVITATION("invitations", "uitnodiging", "invitation", "uitnodigingen", "invitations", "date", fields("by"),
      fields("organisation", "date", "outcome")),
  BARRIER("barriers", "belemmering", "barrier", "belemmeringen", "barriers", "date", fields("raisedBy"),
      fields("id", "description", "date", "status"));

  private final String key;
  private final LocalizedText label;
  private final LocalizedText plural;
  private final String dateField;
  private final ImmutableList<String> partyFields;
  private final ImmutableSet<String> fields;

  RecordType(String key, String dutch, String english, String dutchPlural,
      String englishPlural, String dateField,
      ImmutableList<String> partyFields, ImmutableList<String> fields) {
    this.key = key;
    this.label = LocalizedText.of(dutch, english);
    this.plural = LocalizedText.of(dutchPlural, englishPlural);
    this.dateField = dateField;
    this.partyFields = partyFields;
    this.fields = ImmutableSet.<String>builder().addAll(fields).addAll(partyFields).build();
  }

  private static ImmutableList<String> fields(String... names) {
    return ImmutableList.copyOf(names);
  }

  /** The record list's key in the evidence file, such as {@code trajectories}. */
  public String key() {
    return key;
  }

  /** One record of this kind, named for people. */
  public LocalizedText label() {
    return label;
  }

  /** Records of this kind, named for people. */
  public LocalizedText plural() {
    return plural;
  }

  /** The field that dates the record ({@code year} for contributions). */
  public String dateField() {
    return dateField;
  }

  /** The fields that name parties; the first is the one a criterion uses by default. */
  public ImmutableList<String> partyFields() {
    return partyFields;
  }

  /** The field that ties a record to its party unless a criterion names another. */
  public String defaultPartyField() {
    return partyFields.get(0);
  }

  /** Every field a criterion may test, party fields included. */
  public ImmutableSet<String> fields() {
    return fields;
  }

  /** Whether the record is dated by a calendar year rather than by a day. */
  public boolean datedByYear() {
    return this == CONTRIBUTION;
  }

  /** The type whose evidence-file key is {@code key}. */
  public static Optional<RecordType> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
