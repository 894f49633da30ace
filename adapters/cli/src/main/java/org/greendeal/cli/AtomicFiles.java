package org.greendeal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes an output file whole or not at all: to a temporary file beside it, then moved over it. */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UserError("--out " + target + ": no such directory: " + parent);
    }
    try {
      Path temporary = Files.createTempFile(parent, ".greendeal-", ".tmp");
      try {
        Files.write(temporary, bytes);
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
          // createTempFile makes the file private; an output file is as readable as any other.
          Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
