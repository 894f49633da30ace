package org.greendeal.imports.eforms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.io.ImportResult;
import org.greendeal.io.ImportResult.Skipped;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.PartyId;
import org.greendeal.model.Trajectory;

/**
 * One import of one or more notice files: what was imported and skipped so far, and every problem
 * and warning, file by file. A notice read twice (the same BT-701 id) is imported once.
 */
final class ImportRun {
  private final Deal deal;
  private final Optional<PartyId> party;
  private final Buyers buyers;
  private final Map<String, String> fileOfNotice = new HashMap<>();
  private final List<Trajectory> trajectories = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private int read;

  ImportRun(Deal deal, Optional<PartyId> party) {
    this.deal = deal;
    this.party = party;
    this.buyers = new Buyers(deal);
  }

  /** Reads the notice in {@code path}. */
  void add(Path path) {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      problems.add(Problem.ofFile(file, "is a directory; expected an eForms notice (XML)"));
      return;
    }
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      problems.add(Problem.ofFile(file, "no such file"));
      return;
    } catch (IOException e) {
      problems.add(Problem.ofFile(file, "cannot be read: " + e.getMessage()));
      return;
    }
    add(file, content);
  }

  /** Reads the notice {@code content}, from {@code file}. */
  void add(String file, byte[] content) {
    Report report = new Report(file);
    try {
      Notice.read(SafeXml.parse(file, content), report)
          .ifPresent(notice -> notice(notice, report));
    } catch (InputException e) {
      e.problems().forEach(report::problem);
    }
    problems.addAll(report.problems());
    warnings.addAll(report.warnings());
  }

  private void notice(Notice notice, Report report) {
    List<Lot> lots = Lot.readAll(notice, report);
    List<String> parts = notice.procurementProjectLots("Part").stream()
        .map(p -> p.textAt("cbc:ID").orElse("?")).toList();
    String earlier = fileOfNotice.putIfAbsent(notice.id(), notice.file());
    if (earlier != null) {
      String reason = "notice " + notice.id() + " was read already, from " + earlier;
      lots.forEach(lot -> skip(notice.item("lot", lot.id()), reason));
      parts.forEach(part -> skip(notice.item("part", part), reason));
      return;
    }
    parts.forEach(part -> skip(notice.item("part", part), "a part of a prior information"
        + " notice for information only, not a lot; eForms gives parts no green-procurement"
        + " codes (BT-774)"));
    if (lots.isEmpty() && parts.isEmpty()) {
      skip(notice.file() + ": notice " + notice.id(),
          "no lots (cac:ProcurementProjectLot with cbc:ID schemeName=\"Lot\")");
    }
    List<Lot> circular = new ArrayList<>();
    for (Lot lot : lots) {
      Optional<String> reason = LotTrajectories.skipReason(lot);
      if (reason.isPresent()) {
        skip(notice.item("lot", lot.id()), reason.get());
      } else {
        read++;
        circular.add(lot);
      }
    }
    if (circular.isEmpty()) {
      return;
    }
    party.or(() -> buyers.party(notice, report)).ifPresent(buyer -> {
      circular.forEach(lot -> LotTrajectories.of(notice, lot, buyer, report)
          .ifPresent(trajectories::add));
      outsideTerm(notice).ifPresent(message -> report.warning(
          notice.root().first("cbc:IssueDate").orElse(notice.root()), "BT-05(a)-notice", message));
    });
  }

  /** Why check will not count the trajectories of {@code notice}, if it will not. */
  private Optional<String> outsideTerm(Notice notice) {
    LocalDate issued = notice.issued();
    if (issued.isBefore(deal.term().start())) {
      return Optional.of("issued " + issued + ", before the term of " + deal.id() + " began ("
          + deal.term().start() + "); check reports its trajectories as DATA-OUT-OF-TERM and does"
          + " not count them");
    }
    if (issued.isAfter(deal.term().end())) {
      return Optional.of("issued " + issued + ", after the term of " + deal.id() + " ended ("
          + deal.term().end() + "); check does not count its trajectories, and with --as-of "
          + issued + " or later reports them as DATA-OUT-OF-TERM");
    }
    return Optional.empty();
  }

  private void skip(String item, String reason) {
    read++;
    skipped.add(new Skipped(item, reason));
  }

  /**
   * What was imported, with the warnings.
   *
   * @throws InputException with every problem of every file, if there is any
   */
  EformsImport finish() {
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    ImmutableEvidence evidence = ImmutableEvidence.builder().deal(deal.id())
        .addAllTrajectories(trajectories).build();
    return new EformsImport(new ImportResult(evidence, read, skipped), warnings);
  }
}
