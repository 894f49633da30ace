package org.greendeal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a file as UTF-8 text, turning a missing, unreadable or non-UTF-8 file into a problem. */
final class SourceText {
  private SourceText() {}

  static Optional<String> read(Path file, Problems problems) {
    if (Files.isDirectory(file)) {
      problems.addFile("is a directory; expected a file");
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.addFile("file not found");
      return Optional.empty();
    } catch (AccessDeniedException e) {
      problems.addFile("cannot be read: permission denied");
      return Optional.empty();
    } catch (IOException e) {
      problems.addFile("cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, problems);
  }

  /** The text of {@code bytes}, or a problem at the first byte that is not UTF-8. */
  static Optional<String> decode(byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      String before = out.toString();
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - before.lastIndexOf('\n');
      problems.add(line, column, FieldPath.ROOT, String.format(
          "not UTF-8: byte 0x%02X cannot start or continue a character; expected the file saved"
              + " as UTF-8", bytes[offset] & 0xFF));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    return Optional.of(out.toString());
  }
}
