package org.greendeal.reporting;

import java.io.PrintWriter;
import java.util.List;

/** Writes a document as Markdown: {@code #} headings and pipe tables, cell text escaped. */
final class MarkdownDocument implements Document {
  private final PrintWriter out;
  private boolean first = true;

  MarkdownDocument(PrintWriter out) {
    this.out = out;
  }

  private void gap() {
    if (!first) {
      out.println();
    }
    first = false;
  }

  @Override
  public void heading(int level, String text) {
    gap();
    out.println("#".repeat(level) + " " + inline(text));
  }

  @Override
  public void paragraph(String text) {
    gap();
    out.println(inline(text));
  }

  @Override
  public void warning(String text) {
    gap();
    out.println("> **" + inline(text) + "**");
  }

  @Override
  public void table(List<String> headers, List<List<String>> rows) {
    gap();
    out.println(row(headers));
    out.println("|" + "---|".repeat(headers.size()));
    rows.forEach(r -> out.println(row(r)));
  }

  private static String row(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    cells.forEach(c -> row.append(' ').append(inline(c).replace("|", "\\|")).append(" |"));
    return row.toString();
  }

  /** Escapes what Markdown would read as markup or HTML. */
  static String inline(String text) {
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[")
        .replace("\r", " ").replace("\n", " ");
  }

  @Override
  public void finish() {
    out.flush();
  }
}
