package org.greendeal.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import org.greendeal.model.Deal;

/**
 * Reads and writes deal files (YAML or JSON by extension, UTF-8), in the format of
 * docs/deal-file.md. A bad file is refused whole: an {@link InputException} lists every problem
 * as {@code file:line:column: field: message}, and no deal is returned.
 */
public final class DealFiles {
  private DealFiles() {}

  /**
   * The deal in {@code file}, named in problems as the path was given.
   *
   * @throws InputException if the file cannot be read or has problems
   */
  public static Deal read(Path file) {
    Problems problems = new Problems(checkNotNull(file, "deal file is null").toString());
    return DealReader.read(SourceFile.tree(file, problems), problems)
        .filter(deal -> problems.isEmpty())
        .orElseThrow(() -> new InputException(problems.list()));
  }

  /**
   * The deal in {@code content}; {@code fileName} chooses the format by its extension and names
   * the file in problems.
   *
   * @throws InputException if the content has problems
   */
  public static Deal read(String fileName, String content) {
    checkNotNull(content, "content is null");
    Problems problems = new Problems(checkNotNull(fileName, "file name is null"));
    return DealReader.read(SourceFile.tree(content, problems), problems)
        .filter(deal -> problems.isEmpty())
        .orElseThrow(() -> new InputException(problems.list()));
  }

  /** {@code deal} as a deal file in YAML that reads back equal. */
  public static String toYaml(Deal deal) {
    return Format.YAML.write(DealWriter.tree(deal).toMap());
  }

  /** {@code deal} as a deal file in JSON that reads back equal. */
  public static String toJson(Deal deal) {
    return Format.JSON.write(DealWriter.tree(deal).toMap());
  }
}
