package org.greendeal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.greendeal.io.DealFiles;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.Party;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greendeal deal}: the deal's parties by role, its units and its commitments. */
@Command(name = "deal", mixinStandardHelpOptions = true,
    description = "Shows a deal: its parties by role (with units) and its commitments.")
final class DealCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, YAML }

  @Spec
  CommandSpec spec;

  @Mixin
  DealSelection selection;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|yaml",
      description = "Output format; json and yaml give the deal file (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Deal deal = selection.load();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.print(DealFiles.toJson(deal));
      case YAML -> out.print(DealFiles.toYaml(deal));
      case TEXT -> printText(deal, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printText(Deal deal, PrintWriter out) {
    out.println(deal.title().nl() + deal.subtitle().map(s -> " - " + s.nl()).orElse(""));
    out.println(deal.id() + deal.number().map(n -> ", Green Deal " + n).orElse("")
        + ", looptijd " + deal.term().start() + " t/m " + deal.term().end());
    for (Role role : Role.values()) {
      var parties = deal.partiesWith(role);
      if (parties.isEmpty()) {
        continue;
      }
      out.println();
      out.println(role.label().nl() + " / " + role.label().en() + " (" + parties.size() + ")");
      for (PartyId id : parties) {
        Party party = deal.party(id).orElseThrow();
        out.printf("  %-24s %s%n", id, party.displayName());
        for (OrganisationalUnit unit : deal.unitsOf(id)) {
          out.printf("    %-22s %s%n", unit.id(), unit.displayName());
        }
      }
    }
    out.println();
    out.println("Afspraken / commitments (" + deal.commitments().size() + ")");
    for (Commitment c : deal.commitments()) {
      out.printf("  %-6s %-11s %-10s %s%n", c.id(), c.obligation(),
          c.due().map(Object::toString).orElse(""), c.title().en());
    }
  }
}
