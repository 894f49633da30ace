package org.greendeal.reporting;

import java.util.List;

/** A plain document being written: headings, paragraphs and tables; text and Markdown write it. */
interface Document {
  void heading(int level, String text);

  void paragraph(String text);

  /** A paragraph that must stand out (the illustrative-evidence warning). */
  void warning(String text);

  void table(List<String> headers, List<List<String>> rows);

  void finish();
}
