package org.greendeal.reporting;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.Severity;

/**
 * Writes an evaluation for people at a terminal: data findings, deal-wide findings, then each
 * role's parties with their findings, ERROR and WARNING first, and a summary line.
 */
public final class FindingsTextWriter {
  private static final Comparator<Finding> WORST_FIRST =
      Comparator.comparing(Finding::severity).reversed();

  private final Language language;
  private final Terminal terminal;
  private final boolean explain;

  /** A writer in {@code language}, with colours only if {@code terminal} allows them. */
  public FindingsTextWriter(Language language, Terminal terminal) {
    this(language, terminal, false);
  }

  /** As above; with {@code explain}, each finding is followed by the records it considered. */
  public FindingsTextWriter(Language language, Terminal terminal, boolean explain) {
    this.language = language;
    this.terminal = terminal;
    this.explain = explain;
  }

  /** Writes {@code evaluation} to {@code out}. */
  public void write(Evaluation evaluation, PrintWriter out) {
    Deal deal = evaluation.deal();
    boolean dutch = language == Language.NL;
    out.println(terminal.bold(deal.title().in(language)) + " — "
        + (dutch ? "peildatum " : "as of ") + evaluation.asOf());
    List<Finding> data = new ArrayList<>();
    List<Finding> dealWide = new ArrayList<>();
    Map<Role, Map<PartyId, List<Finding>>> byRole = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      byRole.put(role, new LinkedHashMap<>());
    }
    for (Finding f : evaluation.findings()) {
      if (f.status().isEmpty()) {
        data.add(f);
      } else if (f.party().isEmpty()) {
        dealWide.add(f);
      } else {
        Role role = deal.roleOf(f.party().get()).orElse(Role.NATIONAL_GOVERNMENT);
        byRole.get(role).computeIfAbsent(f.party().get(), p -> new ArrayList<>()).add(f);
      }
    }
    if (!data.isEmpty()) {
      section(out, dutch ? "Gegevens" : "Data", data);
    }
    if (!dealWide.isEmpty()) {
      section(out, dutch ? "Deal als geheel" : "Deal-wide", dealWide);
    }
    for (Map.Entry<Role, Map<PartyId, List<Finding>>> role : byRole.entrySet()) {
      if (role.getValue().isEmpty()) {
        continue;
      }
      out.println();
      out.println(terminal.bold(capitalised(role.getKey().label().in(language))));
      for (Map.Entry<PartyId, List<Finding>> party : role.getValue().entrySet()) {
        out.println("  " + name(deal, party.getKey()) + " (" + party.getKey() + ")");
        party.getValue().stream().sorted(WORST_FIRST).forEach(f -> line(out, "    ", f));
      }
    }
    out.println();
    out.println(summary(evaluation));
    out.flush();
  }

  private void section(PrintWriter out, String title, List<Finding> findings) {
    out.println();
    out.println(terminal.bold(title));
    findings.stream().sorted(WORST_FIRST).forEach(f -> line(out, "  ", f));
  }

  private void line(PrintWriter out, String indent, Finding f) {
    String severity = terminal.paint(f.severity(), String.format("%-7s", f.severity()));
    String status = f.status().map(s -> s.label().in(language)).orElse("");
    String party = f.status().isEmpty() ? f.party().map(p -> p + ": ").orElse("") : "";
    out.println(indent + severity + " " + String.format("%-18s", f.code()) + " "
        + String.format("%-20s", status) + " " + party + f.message(language));
    if (explain) {
      f.explanation().considered().forEach(c -> out.println(indent + "        "
          + (c.counted() ? "+ " : "- ") + c.record() + ": " + c.reason().in(language)));
    }
  }

  private String summary(Evaluation evaluation) {
    boolean dutch = language == Language.NL;
    String statuses = evaluation.summary().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name())
        .collect(Collectors.joining(", "));
    Map<Severity, Integer> severities = evaluation.severities();
    int errors = severities.getOrDefault(Severity.ERROR, 0);
    int warnings = severities.getOrDefault(Severity.WARNING, 0);
    return (dutch ? "Samenvatting: " : "Summary: ") + statuses + "; "
        + terminal.paint(errors > 0 ? Severity.ERROR : Severity.INFO,
            errors + (dutch ? " fouten" : " errors"))
        + ", " + warnings + (dutch ? " waarschuwingen" : " warnings");
  }

  private static String name(Deal deal, PartyId id) {
    return deal.party(id).map(p -> p.displayName())
        .or(() -> deal.unit(id).map(u -> u.displayName())).orElse(id.value());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

}
