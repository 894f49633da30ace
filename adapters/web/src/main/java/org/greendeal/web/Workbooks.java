package org.greendeal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.imports.spreadsheet.SpreadsheetImporter;
import org.greendeal.model.Evidence;

/**
 * An uploaded evidence workbook (xlsx) read by the spreadsheet importer of greendeal-io, the same
 * as {@code greendeal import evidence} reads it. The importer reads files, so the body is written
 * to a temporary folder of its own, read, and removed; problems name the uploaded file, never the
 * temporary one.
 */
final class Workbooks {
  private Workbooks() {}

  /**
   * The evidence in the workbook {@code content}, named {@code fileName} (ending in {@code .xlsx};
   * letters, digits, dots, hyphens and underscores only) in problems.
   *
   * @throws InputException if it is not a readable workbook or has any problem, each located as
   *     {@code fileName:Trajecten!E2}
   */
  static Evidence read(String fileName, byte[] content) {
    Path folder;
    try {
      folder = Files.createTempDirectory("greendeal-upload-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = folder.resolve(fileName);
    try {
      Files.write(file, content);
      return SpreadsheetImporter.read(file).evidence();
    } catch (InputException e) {
      throw renamed(e, file.toString(), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // a temporary file left behind is removed with the temporary folder's other files
      }
    }
  }

  private static InputException renamed(InputException e, String path, String name) {
    List<Problem> problems = new ArrayList<>();
    for (Problem p : e.problems()) {
      problems.add(new Problem(p.file().replace(path, name), p.line(), p.column(), p.field(),
          p.message().replace(path, name)));
    }
    return new InputException(problems);
  }
}
