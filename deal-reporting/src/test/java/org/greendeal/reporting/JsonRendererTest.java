package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  @Test
  void theReportModelSurvivesAJsonRoundTrip() throws Exception {
    Report report = HandCountedEvidence.report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(report, Language.NL, out);
    Report back = JsonRenderer.mapper().readValue(out.toByteArray(), Report.class);
    assertThat(back).isEqualTo(report);
    assertThat(out.toString()).contains("\"asOf\" : \"2020-12-31\"").doesNotContain("inkoop@example.nl");
  }
}
