package org.greendeal.imports.eforms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The notice-wide fields the importer reads, each at the XPath the eForms SDK gives it.
 *
 * @param file the file name as the user gave it
 * @param root the notice's root element
 * @param id the notice identifier (BT-701-notice)
 * @param issued the notice's issue date, its time zone dropped (BT-05(a)-notice)
 * @param language the notice's official language (BT-702(a)-notice), to pick among translations
 */
record Notice(String file, XmlElement root, String id, LocalDate issued,
    Optional<String> language) {

  private static final String EFORMS = "eforms-sdk-";

  /** The notice in {@code root}, or empty when it is no eForms notice or lacks its id or date. */
  static Optional<Notice> read(XmlElement root, Report report) {
    if (!Ubl.isNoticeRoot(root)) {
      report.problem(root, "", "refused: not an eForms notice: the root element is "
          + root.describe() + "; expected ContractNotice, PriorInformationNotice or"
          + " ContractAwardNotice in its UBL namespace, such as "
          + Ubl.rootNamespace("ContractNotice"));
      return Optional.empty();
    }
    Optional<XmlElement> customization = root.first("cbc:CustomizationID");
    if (customization.isEmpty() || !customization.get().text().startsWith(EFORMS)) {
      report.problem(customization.orElse(root), "OPT-002-notice", "refused: not an eForms notice:"
          + customization.map(c -> " cbc:CustomizationID is \"" + c.text() + "\"")
              .orElse(" no cbc:CustomizationID")
          + "; expected eforms-sdk-<version>, such as eforms-sdk-1.10");
      return Optional.empty();
    }
    Optional<String> id = id(root, report);
    Optional<LocalDate> issued = issued(root, report);
    if (id.isEmpty() || issued.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notice(report.file(), root, id.get(), issued.get(),
        root.textAt("cbc:NoticeLanguageCode")));
  }

  private static Optional<String> id(XmlElement root, Report report) {
    Optional<XmlElement> id = root.all("cbc:ID").stream()
        .filter(e -> e.has("schemeName", "notice-id")).findFirst();
    if (id.isEmpty() || id.get().text().isEmpty()) {
      report.problem(id.orElse(root), "BT-701-notice",
          "no notice identifier; expected cbc:ID schemeName=\"notice-id\" with the notice's UUID");
      return Optional.empty();
    }
    return Optional.of(id.get().text());
  }

  private static Optional<LocalDate> issued(XmlElement root, Report report) {
    Optional<XmlElement> date = root.first("cbc:IssueDate");
    if (date.isEmpty()) {
      report.problem(root, "BT-05(a)-notice", "no issue date; expected cbc:IssueDate");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date.get().text(), DateTimeFormatter.ISO_DATE));
    } catch (DateTimeParseException e) {
      report.problem(date.get(), "BT-05(a)-notice", "not a date: \"" + date.get().text()
          + "\"; expected YYYY-MM-DD with an optional time zone, such as 2023-05-26Z");
      return Optional.empty();
    }
  }

  /** The procedure's title (BT-21-Procedure). */
  Optional<String> title() {
    return Texts.pick(root.all("cac:ProcurementProject/cbc:Name"), language);
  }

  /** The procedure's main CPV code (BT-262-Procedure). */
  Optional<String> cpv() {
    return root.textAt("cac:ProcurementProject/cac:MainCommodityClassification"
        + "/cbc:ItemClassificationCode");
  }

  /**
   * The {@code cac:ProcurementProjectLot} elements whose {@code cbc:ID} has {@code schemeName}
   * {@code scheme}: {@code Lot}, {@code Part} (of a prior information notice for information
   * only) or {@code LotsGroup}.
   */
  List<XmlElement> procurementProjectLots(String scheme) {
    return root.all("cac:ProcurementProjectLot").stream()
        .filter(item -> item.all("cbc:ID").stream().anyMatch(i -> i.has("schemeName", scheme)))
        .toList();
  }

  /** {@code file: lot LOT-0001}, the way a skipped item is named. */
  String item(String kind, String itemId) {
    return file + ": " + kind + " " + itemId;
  }
}
