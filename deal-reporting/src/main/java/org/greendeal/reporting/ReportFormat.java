package org.greendeal.reporting;

import java.util.function.Supplier;

/** The formats a report can be rendered in, with the file extension of each. */
public enum ReportFormat {
  TEXT("txt", false, TextRenderer::new),
  MD("md", false, MarkdownRenderer::new),
  HTML("html", false, HtmlRenderer::new),
  CSV("csv", false, CsvRenderer::new),
  JSON("json", false, JsonRenderer::new),
  XLSX("xlsx", true, XlsxRenderer::new);

  private final String extension;
  private final boolean binary;
  private final Supplier<Renderer> renderer;

  ReportFormat(String extension, boolean binary, Supplier<Renderer> renderer) {
    this.extension = extension;
    this.binary = binary;
    this.renderer = renderer;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether the output is binary (never written to a terminal). */
  public boolean binary() {
    return binary;
  }

  /** A renderer of this format. */
  public Renderer renderer() {
    return renderer.get();
  }
}
