package org.greendeal.benchmarks.compare;

import java.nio.file.Path;

final class Report {
  private Report() {}

  static void write(Path measurements, Path doc) {
    throw new UnsupportedOperationException("todo");
  }
}
