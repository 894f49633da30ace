package org.greendeal.imports.ocds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The eForms codes that OCDS sustainability codes stand for, the reverse of the OCDS eForms
 * profile's mapping (open-contracting-extensions/eforms, {@code docs/codelists/*.csv}), so that a
 * trajectory from OCDS carries the same codes as one from an eForms notice.
 */
final class EformsCodes {
  /** OCDS goal to eForms BT-774 environmental-impact code ({@code environmental-impact.csv}). */
  private static final Map<String, String> ENVIRONMENTAL_IMPACT = new LinkedHashMap<>();

  static {
    ENVIRONMENTAL_IMPACT.put("environmental.biodiversityProtectionRestoration", "biodiv-eco");
    ENVIRONMENTAL_IMPACT.put("environmental.circularEconomy", "circ-econ");
    ENVIRONMENTAL_IMPACT.put("environmental.climateChangeAdaptation", "clim-adapt");
    ENVIRONMENTAL_IMPACT.put("environmental.climateChangeMitigation", "clim-mitig");
    ENVIRONMENTAL_IMPACT.put("environmental.pollutionPrevention", "pollu-prev");
    // The extension's code list says waterResourcesProtection; the eForms mapping says
    // waterResources. Both mean the eForms code water-mar.
    ENVIRONMENTAL_IMPACT.put("environmental.waterResourcesProtection", "water-mar");
    ENVIRONMENTAL_IMPACT.put("environmental.waterResources", "water-mar");
  }

  /** OCDS strategy to eForms BT-805 green-procurement criteria code ({@code gpp-criteria.csv}). */
  private static final Map<String, String> GPP_CRITERIA = Map.of(
      "euGPPCriteria", "eu", "nationalGPPCriteria", "national", "otherGPPCriteria", "other");

  private EformsCodes() {}

  /** The BT-774 code of {@code goal} (a sub-code counts as its code), if it has one. */
  static Optional<String> environmentalImpact(String goal) {
    return ENVIRONMENTAL_IMPACT.entrySet().stream().filter(e -> Goals.is(goal, e.getKey()))
        .map(Map.Entry::getValue).findFirst();
  }

  /**
   * The BT-06 strategic-procurement code of {@code goal} ({@code strategic-procurement.csv}):
   * {@code env-imp} for every environmental goal, {@code soc-obj} for every social one, {@code
   * inn-pur} for an innovative purchase.
   */
  static Optional<String> strategicProcurement(String goal) {
    if (Goals.is(goal, "environmental")) {
      return Optional.of("env-imp");
    } else if (Goals.is(goal, "social")) {
      return Optional.of("soc-obj");
    } else if (Goals.is(goal, "economic.innovativePurchase")) {
      return Optional.of("inn-pur");
    }
    return Optional.empty();
  }

  /** The BT-805 code of an OCDS sustainability strategy, if it is a GPP-criteria strategy. */
  static Optional<String> gppCriteria(String strategy) {
    return Optional.ofNullable(GPP_CRITERIA.get(strategy));
  }
}
