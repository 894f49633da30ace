package org.greendeal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/** Renders a report in one format to a stream it is given (and leaves the stream open). */
public interface Renderer {
  /** Writes {@code report} in {@code language} to {@code out}. */
  void render(Report report, Language language, OutputStream out) throws IOException;
}
