package org.greendeal.imports.eforms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One lot of a notice ({@code cac:ProcurementProjectLot} with {@code cbc:ID schemeName="Lot"}) and
 * the fields the importer reads from it.
 *
 * @param element the lot's element, where problems about it are located
 * @param id the lot identifier (BT-137-Lot), such as {@code LOT-0001}
 * @param title the lot's title (BT-21-Lot), in the notice's language where there is a choice
 * @param cpv the lot's main CPV code (BT-262-Lot)
 * @param estimatedValue the element of the lot's estimated value (BT-27-Lot), with its currencyID
 * @param strategicProcurement the BT-06-Lot codes, such as {@code env-imp}
 * @param environmentalImpact the BT-774-Lot codes, such as {@code circ-econ}
 * @param gppCriteria the BT-805-Lot codes, such as {@code eu}
 */
record Lot(XmlElement element, String id, Optional<String> title, Optional<String> cpv,
    Optional<XmlElement> estimatedValue, List<String> strategicProcurement,
    List<String> environmentalImpact, List<String> gppCriteria) {

  private static final String PROJECT = "cac:ProcurementProject/";

  /** The lots of {@code notice}; a lot without an id, or with an earlier lot's, is a problem. */
  static List<Lot> readAll(Notice notice, Report report) {
    Set<String> seen = new HashSet<>();
    return notice.procurementProjectLots("Lot").stream()
        .map(element -> read(element, notice, report, seen))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Lot> read(XmlElement element, Notice notice, Report report,
      Set<String> seen) {
    XmlElement idElement = element.all("cbc:ID").stream()
        .filter(i -> i.has("schemeName", "Lot")).findFirst().orElseThrow();
    String id = idElement.text();
    if (id.isEmpty()) {
      report.problem(idElement, "BT-137-Lot",
          "a lot without an identifier; expected such as LOT-0001");
      return Optional.empty();
    }
    if (!seen.add(id)) {
      report.problem(idElement, "BT-137-Lot", "lot " + id + " appears twice in notice "
          + notice.id() + "; expected each lot once");
      return Optional.empty();
    }
    return Optional.of(new Lot(element, id,
        Texts.pick(element.all(PROJECT + "cbc:Name"), notice.language()),
        element.textAt(PROJECT + "cac:MainCommodityClassification/cbc:ItemClassificationCode"),
        element.first(PROJECT + "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount"),
        codes(element, "strategic-procurement"),
        codes(element, "environmental-impact"),
        codes(element, "gpp-criteria")));
  }

  /** The lot's {@code cac:ProcurementAdditionalType} codes of {@code listName}, once each. */
  private static List<String> codes(XmlElement lot, String listName) {
    return lot.all(PROJECT + "cac:ProcurementAdditionalType/cbc:ProcurementTypeCode").stream()
        .filter(code -> code.has("listName", listName))
        .map(XmlElement::text)
        .filter(code -> !code.isEmpty())
        .distinct()
        .toList();
  }
}
