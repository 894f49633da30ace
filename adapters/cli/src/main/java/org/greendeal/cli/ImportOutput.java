package org.greendeal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
      AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
    }
    err.println("greendeal: read " + result.read() + ", imported " + result.imported()
        + ", skipped " + result.skipped().size() + ", refused 0"
        + (out == null ? "" : "; wrote " + out));
  }

  static String render(Evidence evidence, Path out) {
    if (out == null) {
      return EvidenceFiles.toYaml(evidence);
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return EvidenceFiles.toJson(evidence);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return EvidenceFiles.toYaml(evidence);
    }
    throw new UserError("--out " + out + ": an evidence file ends in .yaml, .yml or .json");
  }
}
