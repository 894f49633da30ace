package org.greendeal.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.greendeal.io.DealCatalog;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;
import org.greendeal.store.IssuedToken;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.Store;
import org.greendeal.store.TokenRole;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code greendeal token}: API tokens for the web host. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Manages the API tokens of the web host.",
    subcommands = {TokenCommand.Create.class})
final class TokenCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("greendeal token: name what to do: create.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }

  /** Opens the store at {@code url}, or the default embedded one. */
  static Store openStore(String url) {
    return ServeCommand.open(url != null ? url : ServeCommand.defaultDatabase());
  }

  /** {@code greendeal token create}: prints a new token once; the database keeps its hash. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates an API token for one party or for the project team and prints it "
          + "once; the database keeps only its SHA-256.",
      footer = {"", "Examples:",
          "  greendeal token create --party ns",
          "  greendeal token create --project-team --db jdbc:postgresql://db/greendeal?user=gd"})
  static final class Create implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Holder holder;

    @Option(names = "--db", paramLabel = "JDBC-URL",
        description = "The database (default: embedded H2 in ./greendeal-data/).")
    String db;

    static final class Holder {
      @Option(names = "--party", paramLabel = "ID", required = true,
          description = "A token for this party (its id, such as ns).")
      String party;

      @Option(names = "--project-team", required = true,
          description = "A token for the project team.")
      boolean projectTeam;
    }

    @Override
    public Integer call() {
      Deal deal = DealCatalog.standard().builtIn();
      try (Store store = openStore(db)) {
        IssuedToken token;
        if (holder.party != null) {
          String id = holder.party;
          if (!known(store, deal, id)) {
            throw new UserError("--party " + id + ": no party or unit of " + deal.id()
                + " has that id");
          }
          token = store.tokens().create("cli", TokenRole.PARTY, Optional.of(id));
        } else {
          token = store.tokens().create("cli", TokenRole.PROJECT_TEAM, Optional.empty());
        }
        spec.commandLine().getOut().println(token.token());
        spec.commandLine().getErr().println("greendeal: token " + token.holder().tokenId()
            + " for " + token.holder().party().map(p -> "party " + p).orElse("the project team")
            + "; it is shown only now: keep it safe");
      }
      return ExitCode.OK;
    }

    private static boolean known(Store store, Deal deal, String id) {
      if (PartyId.isValid(id) && (deal.party(PartyId.of(id)).isPresent()
          || deal.unit(PartyId.of(id)).isPresent())) {
        return true;
      }
      store.deals().ensure(deal.id(), deal.title().nl(), "catalog:" + deal.id());
      return store.evidence().list(deal.id(), Optional.of(RecordCodec.JOINED)).stream()
          .anyMatch(r -> r.recordId().filter(id::equals).isPresent());
    }
  }
}
