package org.greendeal.benchmarks.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Judge (e)'s findings: the output of {@code greendeal check --format json}, the command line run
 * as a whole process by the comparison's script, read back as {@link Outcome}s. The process
 * reports no judging time of its own; only its wall time and peak memory are measured.
 */
final class CliFindings {
  private CliFindings() {}

  static List<Outcome> read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<Outcome> outcomes = new ArrayList<>();
    for (JsonNode f : root.path("findings")) {
      String code = f.path("code").asText();
      if (!Outcome.CODES.contains(code)) {
        continue;
      }
      List<String> evidence = new ArrayList<>();
      f.path("evidence").forEach(e -> evidence.add(e.asText()));
      outcomes.add(new Outcome(code, f.path("party").asText(), f.path("status").asText(),
          f.hasNonNull("actual") ? f.path("actual").asInt() : null,
          f.hasNonNull("required") ? f.path("required").asInt() : null, evidence));
    }
    outcomes.sort(Outcome.ORDER);
    return outcomes;
  }
}
