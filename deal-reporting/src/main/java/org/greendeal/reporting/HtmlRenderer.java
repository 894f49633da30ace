package org.greendeal.reporting;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/**
 * The report as one self-contained HTML page: inline CSS (with a print stylesheet), no scripts,
 * fonts or images from elsewhere, and inline SVG charts (findings per role, trajectories started
 * per year, each party's progress), each with a text alternative.
 *
 * <p>The page is made by the Mustache templates in {@code org/greendeal/reporting/html/} from a
 * view model of plain strings and precomputed chart geometry; every text from the evidence is
 * HTML-escaped by the template engine. Knowledge items that a prohibition flags are not in the
 * {@link Report} and so never reach the page. Thread-safe: the templates are compiled once.
 */
public final class HtmlRenderer implements Renderer {
  private static final String TEMPLATES = "org/greendeal/reporting/html";

  /** Compiled on first use, then shared: compiled mustache.java templates are thread-safe. */
  private static final class Template {
    static final Mustache REPORT = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
  }

  @Override
  public void render(Report report, Language language, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Template.REPORT.execute(writer, new HtmlPage(report, new Labels(language)));
    writer.flush();
  }
}
