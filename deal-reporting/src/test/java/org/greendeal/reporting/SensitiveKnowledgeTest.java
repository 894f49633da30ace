package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.greendeal.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No format ever republishes a knowledge item that D-1 flags (k2: an e-mail address; k3: marked
 * COMPETITION); the CSV lists findings only, so it has no lessons at all.
 */
class SensitiveKnowledgeTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void flaggedKnowledgeItemsAppearInNoFormat(ReportFormat format) throws IOException {
    for (Language language : Language.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.renderer().render(HandCountedEvidence.report(), language, out);
      String text = format.binary() ? zipText(out.toByteArray()) : out.toString(StandardCharsets.UTF_8);
      if (format != ReportFormat.CSV) {
        assertThat(text).as("the lessons that may be shown are shown")
            .contains("Materialen vroeg inventariseren");
      }
      assertThat(text).doesNotContain("inkoop@example.nl").doesNotContain("Prijsopbouw")
          .doesNotContain("Marges per product");
    }
  }

  private static String zipText(byte[] bytes) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }
}
