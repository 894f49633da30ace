package org.greendeal.imports.eforms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;

/**
 * Finds the deal party that bought: each buyer of the notice (OPT-300-Procedure-Buyer) refers by
 * id to an organisation (OPT-200-Organization-Company), whose names (BT-500) are looked up in the
 * deal. With several buyers (joint procurement) the first that is a party of the deal wins.
 */
final class Buyers {
  private static final String ORGANISATIONS = "ext:UBLExtensions/ext:UBLExtension"
      + "/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization"
      + "/efac:Company";

  private final Deal deal;

  Buyers(Deal deal) {
    this.deal = deal;
  }

  /** The party that bought in {@code notice}, or empty with a problem in {@code report}. */
  Optional<PartyId> party(Notice notice, Report report) {
    List<XmlElement> references = notice.root()
        .all("cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID").stream()
        .filter(r -> !r.text().isEmpty()).toList();
    if (references.isEmpty()) {
      report.problem(notice.root(), "buyer", "the notice names no buyer"
          + " (cac:ContractingParty/cac:Party/cac:PartyIdentification); give --party ID");
      return Optional.empty();
    }
    Map<String, XmlElement> companies = notice.root().all(ORGANISATIONS).stream()
        .filter(c -> c.textAt("cac:PartyIdentification/cbc:ID").isPresent())
        .collect(Collectors.toMap(c -> c.textAt("cac:PartyIdentification/cbc:ID").orElseThrow(),
            Function.identity(), (first, second) -> first));
    List<Buyer> buyers = new ArrayList<>();
    int before = report.problemCount();
    for (XmlElement reference : references) {
      buyer(reference, companies.get(reference.text()), notice, report).ifPresent(buyers::add);
    }
    if (report.problemCount() > before) {
      return Optional.empty();
    }
    List<Buyer> parties = buyers.stream().filter(b -> b.party().isPresent()).toList();
    if (parties.isEmpty()) {
      report.problem(buyers.get(0).at(), "buyer", unknown(buyers));
      return Optional.empty();
    }
    Set<PartyId> distinct = parties.stream().map(b -> b.party().orElseThrow())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    PartyId chosen = parties.get(0).party().orElseThrow();
    if (distinct.size() > 1) {
      report.warning(parties.get(1).at(), "buyer", "joint procurement by the parties "
          + distinct.stream().map(PartyId::value).collect(Collectors.joining(", "))
          + "; the trajectories are credited to " + chosen + " only; give --party ID to choose");
    }
    return Optional.of(chosen);
  }

  private Optional<Buyer> buyer(XmlElement reference, XmlElement company, Notice notice,
      Report report) {
    if (company == null) {
      report.problem(reference, "buyer", "the buyer is organisation " + reference.text()
          + ", which efac:Organizations does not describe; expected an efac:Company with"
          + " that cac:PartyIdentification/cbc:ID");
      return Optional.empty();
    }
    List<XmlElement> names = company.all("cac:PartyName/cbc:Name").stream()
        .filter(n -> !n.text().isEmpty()).toList();
    if (names.isEmpty()) {
      report.problem(company, "buyer", "the buyer, organisation " + reference.text()
          + ", has no name (BT-500-Organization-Company); give --party ID");
      return Optional.empty();
    }
    XmlElement shown = Texts.choose(names, notice.language()).orElseThrow();
    Optional<PartyId> party = names.stream().map(n -> deal.find(n.text()))
        .flatMap(Optional::stream).findFirst();
    return Optional.of(new Buyer(shown.text().replaceAll("\\s+", " "), shown, party));
  }

  private String unknown(List<Buyer> buyers) {
    String names = buyers.stream().map(b -> "\"" + b.name() + "\"")
        .collect(Collectors.joining(", "));
    return (buyers.size() == 1 ? names + " is no party of " : "none of the buyers " + names
        + " is a party of ") + deal.id() + "; give --party ID";
  }

  /** A buyer of the notice: its name as shown, where that name is, and its party if any. */
  private record Buyer(String name, XmlElement at, Optional<PartyId> party) {}
}
