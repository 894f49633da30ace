package org.greendeal.reporting;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/** The report as plain text for a terminal: underlined headings and aligned tables, no colour. */
public final class TextRenderer implements Renderer {
  @Override
  public void render(Report report, Language language, OutputStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    new ReportOutline(new Labels(language), new PlainDocument(writer)).write(report);
    writer.flush();
  }
}
