package org.greendeal.reporting;

import java.io.OutputStream;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/** Placeholder until the renderer lands; refuses to render. */
public final class CsvRenderer implements Renderer {
  @Override
  public void render(Report report, Language language, OutputStream out) {
    throw new UnsupportedOperationException("CsvRenderer is not written yet");
  }
}
