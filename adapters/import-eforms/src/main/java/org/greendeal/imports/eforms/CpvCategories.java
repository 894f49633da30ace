package org.greendeal.imports.eforms;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The category of a trajectory from a CPV code (Common Procurement Vocabulary): a readable name for
 * each of the 45 CPV divisions (the code's first two digits), such as {@code 39130000} ->
 * {@code FURNITURE}; a code whose division is unknown is kept as it is, such as
 * {@code CPV 99100000}.
 */
final class CpvCategories {
  private static final Pattern CODE = Pattern.compile("(\\d{2})\\d{6}(-\\d)?");

  private static final Map<String, String> DIVISIONS = Map.ofEntries(
      Map.entry("03", "AGRICULTURE"),
      Map.entry("09", "ENERGY"),
      Map.entry("14", "MINING_AND_METALS"),
      Map.entry("15", "FOOD_AND_BEVERAGES"),
      Map.entry("16", "AGRICULTURAL_MACHINERY"),
      Map.entry("18", "WORKWEAR"),
      Map.entry("19", "TEXTILES_PLASTICS_RUBBER"),
      Map.entry("22", "PRINTED_MATTER"),
      Map.entry("24", "CHEMICALS"),
      Map.entry("30", "ICT_HARDWARE"),
      Map.entry("31", "ELECTRICAL_AND_LIGHTING"),
      Map.entry("32", "TELECOM_EQUIPMENT"),
      Map.entry("33", "MEDICAL_EQUIPMENT"),
      Map.entry("34", "VEHICLES"),
      Map.entry("35", "SECURITY_EQUIPMENT"),
      Map.entry("37", "SPORTS_AND_LEISURE_GOODS"),
      Map.entry("38", "LABORATORY_EQUIPMENT"),
      Map.entry("39", "FURNITURE"),
      Map.entry("41", "WATER"),
      Map.entry("42", "INDUSTRIAL_MACHINERY"),
      Map.entry("43", "CONSTRUCTION_MACHINERY"),
      Map.entry("44", "CONSTRUCTION_MATERIALS"),
      Map.entry("45", "CONSTRUCTION"),
      Map.entry("48", "SOFTWARE"),
      Map.entry("50", "REPAIR_AND_MAINTENANCE"),
      Map.entry("51", "INSTALLATION"),
      Map.entry("55", "CATERING"),
      Map.entry("60", "TRANSPORT"),
      Map.entry("63", "TRANSPORT_SUPPORT"),
      Map.entry("64", "POSTAL_AND_TELECOM_SERVICES"),
      Map.entry("65", "UTILITIES"),
      Map.entry("66", "FINANCIAL_SERVICES"),
      Map.entry("70", "REAL_ESTATE"),
      Map.entry("71", "ARCHITECTURE_AND_ENGINEERING"),
      Map.entry("72", "IT_SERVICES"),
      Map.entry("73", "RESEARCH_AND_DEVELOPMENT"),
      Map.entry("75", "PUBLIC_ADMINISTRATION"),
      Map.entry("76", "OIL_AND_GAS_SERVICES"),
      Map.entry("77", "GREEN_SPACES_AND_FORESTRY"),
      Map.entry("79", "BUSINESS_SERVICES"),
      Map.entry("80", "EDUCATION"),
      Map.entry("85", "HEALTH_AND_SOCIAL_SERVICES"),
      Map.entry("90", "WASTE_AND_ENVIRONMENT"),
      Map.entry("92", "RECREATION_AND_CULTURE"),
      Map.entry("98", "OTHER_SERVICES"));

  private CpvCategories() {}

  /** The category of {@code cpv}: its division's name, else {@code CPV <code>}. */
  static String of(String cpv) {
    Matcher code = CODE.matcher(cpv);
    Optional<String> division = code.matches()
        ? Optional.ofNullable(DIVISIONS.get(code.group(1))) : Optional.empty();
    return division.orElse("CPV " + cpv);
  }
}
