package org.greendeal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.greendeal.model.Evidence;

/**
 * The illustrative demo evidence bundled for a deal ({@code org/greendeal/io/demo/<id>.yaml}):
 * made up to show what greendeal does, never the deal's real record. {@code check} and
 * {@code report} use it when no evidence is given. Its records without an id are named
 * {@code <id>-demo.yaml:LINE}.
 */
public final class DemoEvidence {
  private static final String FOLDER = "org/greendeal/io/demo/";

  private DemoEvidence() {}

  /** The demo evidence of the deal with {@code dealId}, if one is bundled. */
  public static Optional<Evidence> forDeal(String dealId) {
    String resource = FOLDER + dealId + ".yaml";
    try (InputStream in = DemoEvidence.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(EvidenceFiles.read(dealId + "-demo.yaml",
          new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo evidence " + resource, e);
    }
  }
}
