package org.greendeal.reporting;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/** The report as Markdown: headings and pipe tables, with evidence text escaped. */
public final class MarkdownRenderer implements Renderer {
  @Override
  public void render(Report report, Language language, OutputStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    new ReportOutline(new Labels(language), new MarkdownDocument(writer)).write(report);
    writer.flush();
  }
}
