package org.greendeal.imports.ocds;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.greendeal.io.ImportResult;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.PartyId;

/**
 * Imports OCDS 1.1 data with the sustainability extension as trajectories of a deal: each tender
 * or lot whose sustainability goal is {@code environmental.circularEconomy} becomes a trajectory
 * of kind NEW; every other tender or lot is skipped with its reason. Reads release packages,
 * record packages (each record's {@code compiledRelease}) and single releases, streaming the
 * releases and records of a bulk file one by one. When several releases describe one contracting
 * process (one ocid), the latest with a tender counts.
 *
 * <p>A trajectory belongs to the party given with {@link #withParty}, or else to the release's
 * buyer, found among the deal's parties by name. Bad input is refused whole: an {@link
 * InputException} lists every problem, located by file, line, column and field, and nothing is
 * imported. Thread-safe; {@code docs/importers/ocds.md} gives the mapping in full.
 *
 * <pre>{@code
 * OcdsImport imported = OcdsImporter.forDeal(DealCatalog.standard().builtIn())
 *     .read(List.of(Path.of("releases.json")));
 * Evidence evidence = imported.result().evidence();
 * }</pre>
 */
public final class OcdsImporter {
  private final Deal deal;
  private final Optional<PartyId> party;

  private OcdsImporter(Deal deal, Optional<PartyId> party) {
    this.deal = deal;
    this.party = party;
  }

  /** An importer for {@code deal} that gives each trajectory to its release's buyer. */
  public static OcdsImporter forDeal(Deal deal) {
    return new OcdsImporter(checkNotNull(deal, "deal is null"), Optional.empty());
  }

  /**
   * This importer giving every trajectory to {@code party}, whatever the buyer.
   *
   * @throws IllegalArgumentException if {@code party} is not a party or unit of the deal
   */
  public OcdsImporter withParty(PartyId party) {
    checkNotNull(party, "party is null");
    checkArgument(deal.find(party.value()).filter(party::equals).isPresent(),
        "%s is not a party of deal %s", party, deal.id());
    return new OcdsImporter(deal, Optional.of(party));
  }

  /**
   * Imports {@code files}, in order.
   *
   * @throws InputException if a file cannot be read, is not OCDS JSON, or has a problem
   */
  public OcdsImport read(List<Path> files) {
    return read(files, file -> { });
  }

  /**
   * Imports {@code files}, in order, telling {@code afterEach} when a file is done (for a progress
   * bar).
   *
   * @throws InputException if a file cannot be read, is not OCDS JSON, or has a problem
   */
  public OcdsImport read(List<Path> files, Consumer<Path> afterEach) {
    checkNotNull(files, "files is null");
    checkNotNull(afterEach, "afterEach is null");
    Selection selection = new Selection();
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      names.add(name);
      FileReading reading = new FileReading(name, buyers(), selection);
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        reading.read(reader);
      } catch (NoSuchFileException e) {
        reading.unreadable("no such file");
      } catch (AccessDeniedException e) {
        reading.unreadable("cannot be read: permission denied");
      } catch (IOException e) {
        reading.unreadable("cannot be read: " + e.getMessage());
      }
      afterEach.accept(file);
    }
    return result(selection, names);
  }

  /**
   * Imports the OCDS JSON {@code content} of a file named {@code fileName}.
   *
   * @throws InputException if it is not OCDS JSON or has a problem
   */
  public OcdsImport read(String fileName, String content) {
    Selection selection = new Selection();
    new FileReading(fileName, buyers(), selection).read(new StringReader(content));
    return result(selection, List.of(fileName));
  }

  private Buyers buyers() {
    return new Buyers(deal, party);
  }

  private OcdsImport result(Selection selection, List<String> files) {
    Outcome total = selection.total();
    if (!total.problems().isEmpty()) {
      Map<String, Integer> order = new HashMap<>();
      files.forEach(f -> order.putIfAbsent(f, order.size()));
      List<Problem> problems = new ArrayList<>(total.problems());
      problems.sort(Comparator.<Problem>comparingInt(p -> order.getOrDefault(p.file(), 0))
          .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new InputException(problems);
    }
    Evidence evidence = ImmutableEvidence.builder().deal(deal.id())
        .addAllTrajectories(total.trajectories()).build();
    return new OcdsImport(new ImportResult(evidence, total.read(), total.skipped()),
        total.warnings());
  }
}
