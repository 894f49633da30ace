package org.greendeal.imports.spreadsheet;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Evidence;

/**
 * The last check of an import: the evidence is written as an evidence file and read back, so that
 * whatever the evidence file refuses is refused here too, at the cell it came from, and a record
 * that would not read back the same is refused rather than changed.
 */
final class RoundTrip {
  private static final Pattern PATH = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?.*");

  private RoundTrip() {}

  /** Adds a problem for each thing the evidence file refuses in {@code evidence}. */
  static void check(String file, EvidenceAssembler assembled, Evidence evidence,
      List<Problem> problems) {
    Evidence back;
    try {
      back = EvidenceFiles.read(file + ".yaml", EvidenceFiles.toYaml(evidence));
    } catch (InputException e) {
      e.problems().forEach(p -> problems.add(relocate(file, assembled, p)));
      return;
    }
    for (SheetType type : SheetType.values()) {
      List<?> built = EvidenceAssembler.records(evidence, type);
      List<?> read = EvidenceAssembler.records(back, type);
      for (int i = 0; i < built.size(); i++) {
        if (i >= read.size() || !built.get(i).equals(read.get(i))) {
          problems.add(assembled.bound(type).get(i).row().problem("", "this " + type.key()
              + " record would not read back the same from an evidence file"));
        }
      }
    }
  }

  /** The problem at the cell of the record and field it names, or at the file. */
  private static Problem relocate(String file, EvidenceAssembler assembled, Problem problem) {
    Matcher path = PATH.matcher(problem.field());
    if (path.matches()) {
      Optional<SheetType> type = SheetType.byName(path.group(1));
      int index = Integer.parseInt(path.group(2));
      if (type.isPresent() && index < assembled.bound(type.get()).size()) {
        EvidenceAssembler.Bound bound = assembled.bound(type.get()).get(index);
        String field = path.group(3) == null ? "" : path.group(3);
        return bound.place(field).problem(field, "the evidence file refuses it: "
            + problem.message());
      }
    }
    return Problem.ofFile(file, "the evidence file refuses it: " + problem.field() + ": "
        + problem.message());
  }
}
