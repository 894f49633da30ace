package org.greendeal.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The first steps of reading any file: its format by extension, its text, its tree. Each step
 * adds problems instead of throwing; the caller binds what it gets and throws at the end.
 */
final class SourceFile {
  private SourceFile() {}

  /** The tree of the file at {@code path}, named in problems as the path was given. */
  static Optional<Node> tree(Path path, Problems problems) {
    Optional<Format> format = format(problems);
    if (format.isEmpty()) {
      return Optional.empty();
    }
    return SourceText.read(path, problems)
        .flatMap(text -> TreeReader.read(text, format.get(), problems));
  }

  /** The tree of {@code content}, in the format of the file name that {@code problems} has. */
  static Optional<Node> tree(String content, Problems problems) {
    return format(problems).flatMap(format -> TreeReader.read(content, format, problems));
  }

  private static Optional<Format> format(Problems problems) {
    Optional<Format> format = Format.of(problems.file());
    if (format.isEmpty()) {
      problems.addFile("unknown file type; " + Format.EXPECTED);
    }
    return format;
  }
}
