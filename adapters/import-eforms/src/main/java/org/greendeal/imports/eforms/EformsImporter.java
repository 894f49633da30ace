package org.greendeal.imports.eforms;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.greendeal.io.InputException;
import org.greendeal.model.Deal;
import org.greendeal.model.PartyId;

/**
 * Imports eForms notices (UBL XML: contract notices, prior information notices, contract award
 * notices) as trajectories of a deal. Each lot whose green-procurement codes (BT-774) include the
 * circular economy ({@code circ-econ}) becomes a trajectory of kind NEW with id {@code
 * NOTICE-ID/LOT-ID}, started on the notice's issue date and credited to the deal party that
 * bought (the buyer's name found in the deal) or to the party given to {@link #creditingTo}.
 * Every other lot is skipped with its reason.
 *
 * <p>Notices are parsed without DTDs, external entities or XInclude: a notice that declares a
 * document type is refused, and no entity is ever resolved. A file that is no eForms notice, is
 * not well-formed, or has a buyer that is no party of the deal is refused with located problems;
 * one bad file refuses the whole import. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * EformsImport imported = EformsImporter.forDeal(DealCatalog.standard().builtIn())
 *     .creditingTo(PartyId.of("ns"))
 *     .read(List.of(Path.of("notice.xml")));
 * }</pre>
 */
public final class EformsImporter {
  private final Deal deal;
  private final Optional<PartyId> party;

  private EformsImporter(Deal deal, Optional<PartyId> party) {
    this.deal = deal;
    this.party = party;
  }

  /** An importer that credits each notice's trajectories to its buyer, found in {@code deal}. */
  public static EformsImporter forDeal(Deal deal) {
    return new EformsImporter(checkNotNull(deal, "deal is null"), Optional.empty());
  }

  /**
   * This importer crediting every trajectory to {@code party}, whoever the notices' buyers are.
   *
   * @throws IllegalArgumentException if {@code party} is no party or unit of the deal
   */
  public EformsImporter creditingTo(PartyId party) {
    checkNotNull(party, "party is null");
    checkArgument(deal.party(party).isPresent() || deal.unit(party).isPresent(),
        "%s is no party of %s", party, deal.id());
    return new EformsImporter(deal, Optional.of(party));
  }

  /**
   * Imports the notices in {@code files}.
   *
   * @throws InputException listing every problem of every file, if any file has one
   */
  public EformsImport read(List<Path> files) {
    return read(files, file -> { });
  }

  /**
   * Imports the notices in {@code files}, telling {@code afterEach} of each file read (for a
   * progress bar).
   *
   * @throws InputException listing every problem of every file, if any file has one
   */
  public EformsImport read(List<Path> files, Consumer<Path> afterEach) {
    ImportRun run = new ImportRun(deal, party);
    for (Path file : files) {
      run.add(file);
      afterEach.accept(file);
    }
    return run.finish();
  }

  /**
   * Imports one notice given as bytes, named {@code fileName} in problems.
   *
   * @throws InputException listing every problem, if it has one
   */
  public EformsImport read(String fileName, byte[] content) {
    ImportRun run = new ImportRun(deal, party);
    run.add(fileName, content);
    return run.finish();
  }
}
