package org.greendeal.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greendeal.model.Evidence;

/**
 * Reads and writes evidence files (YAML or JSON by extension, UTF-8), in the format of DESIGN.md,
 * "The evidence file". A bad file is refused whole: an {@link InputException} lists every problem
 * as {@code file:line:column: field: message}, and nothing is loaded. Each record read carries
 * the {@link org.greendeal.model.SourceRef} of its own start. Parties are kept as written; the
 * rules engine resolves them, so an unknown party is not a problem here.
 */
public final class EvidenceFiles {
  private EvidenceFiles() {}

  /**
   * The evidence of {@code files}, their lists concatenated in order ({@link Evidence#concat}).
   * The problems of all files are collected before any is thrown.
   *
   * @throws InputException if any file cannot be read or has problems
   */
  public static Evidence read(Path... files) {
    return read(Arrays.asList(files));
  }

  /** As {@link #read(Path...)}; no files give {@link Evidence#empty()}. */
  public static Evidence read(List<Path> files) {
    List<Problem> problems = new ArrayList<>();
    Evidence evidence = Evidence.empty();
    for (Path file : files) {
      checkNotNull(file, "evidence file is null");
      Problems found = new Problems(file.toString());
      Evidence read = EvidenceReader.read(SourceFile.tree(file, found), found);
      problems.addAll(found.list());
      evidence = evidence.concat(read);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return evidence;
  }

  /**
   * The evidence in {@code content}; {@code fileName} chooses the format by its extension and names
   * the file in problems and in each record's source.
   *
   * @throws InputException if the content has problems
   */
  public static Evidence read(String fileName, String content) {
    checkNotNull(content, "content is null");
    Problems problems = new Problems(checkNotNull(fileName, "file name is null"));
    Evidence evidence = EvidenceReader.read(SourceFile.tree(content, problems), problems);
    problems.throwIfAny();
    return evidence;
  }

  /** {@code evidence} as an evidence file in YAML that reads back equal. */
  public static String toYaml(Evidence evidence) {
    return Format.YAML.write(EvidenceWriter.tree(evidence).toMap());
  }

  /** {@code evidence} as an evidence file in JSON that reads back equal. */
  public static String toJson(Evidence evidence) {
    return Format.JSON.write(EvidenceWriter.tree(evidence).toMap());
  }
}
