package org.greendeal.imports.eforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greendeal.io.Problem;

/** The problems (which refuse the file) and warnings (which do not) found in one notice file. */
final class Report {
  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  Report(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void problem(XmlElement at, String field, String message) {
    problems.add(new Problem(file, at.line(), at.column(), field, message));
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  void warning(XmlElement at, String field, String message) {
    warnings.add(new Problem(file, at.line(), at.column(), field, message));
  }

  int problemCount() {
    return problems.size();
  }

  /** The problems in the order of their place in the file. */
  List<Problem> problems() {
    return sorted(problems);
  }

  /** The warnings in the order of their place in the file. */
  List<Problem> warnings() {
    return sorted(warnings);
  }

  private static List<Problem> sorted(List<Problem> list) {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(BY_PLACE);
    return copy;
  }
}
