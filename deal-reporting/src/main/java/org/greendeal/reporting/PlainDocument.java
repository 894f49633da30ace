package org.greendeal.reporting;

import java.io.PrintWriter;
import java.util.List;

/** Writes a document as plain text for a terminal: underlined headings, aligned tables. */
final class PlainDocument implements Document {
  private final PrintWriter out;
  private boolean first = true;

  PlainDocument(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void heading(int level, String text) {
    if (!first) {
      out.println();
    }
    first = false;
    out.println(text);
    if (level <= 2) {
      out.println((level == 1 ? "=" : "-").repeat(text.length()));
    }
  }

  @Override
  public void paragraph(String text) {
    first = false;
    out.println(text);
  }

  @Override
  public void warning(String text) {
    first = false;
    out.println("!! " + text);
  }

  @Override
  public void table(List<String> headers, List<List<String>> rows) {
    first = false;
    int[] widths = new int[headers.size()];
    for (int i = 0; i < headers.size(); i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    out.println(rule);
    rows.forEach(row -> line(row, widths));
  }

  private void line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(i == 0 ? "" : "  ");
      line.append(i == cells.size() - 1 ? cell : cell + " ".repeat(widths[i] - cell.length()));
    }
    out.println(line.toString().stripTrailing());
  }

  @Override
  public void finish() {
    out.flush();
  }
}
