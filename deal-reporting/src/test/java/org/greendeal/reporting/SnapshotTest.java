package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text and Markdown reports of {@link HandCountedEvidence} against reviewed snapshots in
 * {@code src/test/resources/snapshots}. After a deliberate change, regenerate them with
 * {@code mvn -pl deal-reporting test -Dtest=SnapshotTest -Dsnapshots.update=true} and review the diff.
 */
class SnapshotTest {
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

  @ParameterizedTest
  @CsvSource({"TEXT, NL, report-nl.txt", "TEXT, EN, report-en.txt", "MD, NL, report-nl.md",
      "MD, EN, report-en.md"})
  void reportMatchesItsSnapshot(ReportFormat format, Language language, String file) throws IOException {
    Report report = HandCountedEvidence.report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(report, language, out);
    String actual = out.toString(StandardCharsets.UTF_8);
    Path snapshot = SNAPSHOTS.resolve(file);
    if (Boolean.getBoolean("snapshots.update")) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
    }
    assertThat(snapshot).as("snapshot %s; create it with -Dsnapshots.update=true", snapshot).exists();
    assertThat(actual).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
  }
}
