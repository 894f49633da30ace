package org.greendeal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.ImportResult;
import org.greendeal.model.Evidence;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where imported evidence goes: to {@code --out} (YAML or JSON by its extension, written whole or
 * not at all) or to standard output as YAML; what was skipped and a summary go to stderr.
 */
final class ImportOutput {
  private ImportOutput() {}

  static void write(CommandSpec spec, ImportResult result, Path out) {
    PrintWriter err = spec.commandLine().getErr();
    result.skipped().forEach(s -> err.println(s));
    String text = render(result.evidence(), out);
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      writeAtomically(out, text);
    }
    err.println("greendeal: read " + result.read() + ", imported " + result.imported()
        + ", skipped " + result.skipped().size() + ", refused 0"
        + (out == null ? "" : "; wrote " + out));
  }

  static String render(Evidence evidence, Path out) {
    boolean json = out != null
        && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json ? EvidenceFiles.toJson(evidence) : EvidenceFiles.toYaml(evidence);
  }

  /** Writes {@code text} to {@code target} whole, or leaves it as it was. */
  static void writeAtomically(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UserError("--out " + target + ": no such directory: " + parent);
    }
    try {
      Path temporary = Files.createTempFile(parent, ".greendeal-", ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
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
