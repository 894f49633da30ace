package org.greendeal.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Factor;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.RecordType;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The words and codes that generated deals and generated evidence share, so that a generated
 * criterion tests values that generated evidence actually holds.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> CATEGORIES = List.of(
      "OFFICE_FURNITURE", "ICT", "CATERING", "WORKWEAR", "GROUND_WORK", "BUILDINGS", "TEXTILES",
      "MOBILITY");
  static final List<String> THEMES = List.of("Bouw", "ICT", "Meubilair", "Textiel", "GWW",
      "Energie", "Voedsel");
  static final List<String> CHANNELS = List.of("website", "newsletter", "intranet", "LinkedIn",
      "annual report", "conference");
  static final List<String> MEMBERS = List.of("programme advisor", "procurement advisor",
      "project leader", "secretary", "policy officer");
  static final List<String> TITLES = List.of("Circulair kantoormeubilair",
      "Community of Practice", "Circular tender guide", "Marktconsultatie werkkleding",
      "Lessons learned ICT", "Kennissessie opschaling", "Circulaire GWW-projecten",
      "Handreiking circulair inkopen");
  static final List<String> ORGANISATIONS = List.of("Gemeente Amsterdam",
      "Provincie Gelderland", "Hogeschool Utrecht", "Waterschap Rivierenland",
      "Stichting Voorbeeld", "Bouwbedrijf De Vries B.V.");
  static final List<String> SENTENCES = List.of(
      "We hebben de markt geconsulteerd over hergebruik.",
      "Shared our experience with a circular tender.",
      "Opschaling van de pilot is besproken met de directie.",
      "Lessons learned on total cost of ownership.",
      "Afspraken over terugname van meubilair vastgelegd.",
      "The working group met three times.");
  static final List<String> EMAILS = List.of("j.jansen@example.nl", "info@gemeente.example",
      "inkoop@organisatie.example.org");
  static final List<String> PHONES = List.of("06-12345678", "+31 30 123 4567", "030-1234567",
      "0612345678");
  static final List<String> OTHER_PERSONAL_DATA = List.of("IBAN NL91ABNA0417164300",
      "BSN 111222333");
  static final List<String> STRATEGIC_PROCUREMENT = List.of("env-imp", "inn-pur", "soc-obj",
      "none");
  static final List<String> ENVIRONMENTAL_IMPACT = List.of("biodiv-eco", "circ-econ",
      "clim-adapt", "clim-mitig", "pollu-prev", "water-mar", "other");
  static final List<String> GPP_CRITERIA = List.of("eu", "national", "other");
  static final List<String> COMMITMENT_PREFIXES = List.of("P", "IP", "FP", "KP", "R", "D",
      "GD", "X");

  /** Fields whose value is free text, where personal data could hide. */
  private static final List<String> TEXT_FIELDS = List.of("title", "text", "description",
      "member", "notice", "reference", "channel", "organisation", "theme", "category");

  /** The prefix of generated record ids for the kinds that have an id. */
  static String idPrefix(RecordType type) {
    return switch (type) {
      case TRAJECTORY -> "t";
      case WORKING_GROUP -> "wg";
      case ACTIVITY -> "a";
      case INSTRUMENT -> "i";
      case KNOWLEDGE_ITEM -> "k";
      case BARRIER -> "b";
      default -> type.key().substring(0, 1);
    };
  }

  /** The fields of {@code type}, as a list to pick from. */
  static List<String> fields(RecordType type) {
    return ImmutableList.copyOf(type.fields());
  }

  /** The free-text fields of {@code type}; its party fields for a type that has none. */
  static List<String> textFields(RecordType type) {
    List<String> text = TEXT_FIELDS.stream().filter(type.fields()::contains).toList();
    return text.isEmpty() ? type.partyFields() : text;
  }

  /**
   * Values as a condition or {@code covers} states them for {@code field} of {@code type}: enum
   * names, ISO dates, plain amounts, party references from {@code parties}, or the free text that
   * generated evidence uses.
   */
  static Gen<String> values(RecordType type, String field, List<String> parties) {
    if (type.partyFields().contains(field)) {
      return Generate.pick(parties);
    }
    return switch (field) {
      case "kind" -> type == RecordType.TRAJECTORY
          ? names(TrajectoryKind.values()) : names(InstrumentKind.values());
      case "status" -> type == RecordType.TRAJECTORY
          ? names(TrajectoryStatus.values()) : names(BarrierStatus.values());
      case "aspect" -> names(PolicyAspect.values());
      case "factor" -> names(Factor.values());
      case "sensitivity" -> names(Sensitivity.values());
      case "outcome" -> names(InvitationOutcome.values());
      case "strategies" -> names(Strategy.values());
      case "started", "date", "from", "until" ->
          DealGenerators.datesIn(DealGenerators.WIDEST_TERM).map(LocalDate::toString);
      case "year" -> integers().between(DealGenerators.EARLIEST.getYear(),
          DealGenerators.LATEST.getYear()).map(n -> Integer.toString(n));
      case "amountEur", "valueEur" -> DealGenerators.amounts().map(BigDecimal::toPlainString);
      case "commitment" -> DealGenerators.commitmentIds().map(Object::toString);
      case "id" -> integers().between(1, 5).map(n -> idPrefix(type) + n);
      case "strategicProcurement" -> Generate.pick(STRATEGIC_PROCUREMENT);
      case "environmentalImpact" -> Generate.pick(ENVIRONMENTAL_IMPACT);
      case "gppCriteria" -> Generate.pick(GPP_CRITERIA);
      case "category" -> Generate.pick(CATEGORIES);
      case "theme" -> Generate.pick(THEMES);
      case "channel" -> Generate.pick(CHANNELS);
      case "member" -> Generate.pick(MEMBERS);
      case "organisation" -> Generate.pick(ORGANISATIONS);
      default -> Generate.pick(TITLES);
    };
  }

  private static Gen<String> names(Enum<?>[] values) {
    return Generate.pick(Arrays.stream(values).map(Enum::name).toList());
  }
}
