package org.greendeal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on stderr while several files are read, on a terminal only. */
final class Progress {
  private Progress() {}

  /**
   * Runs {@code read} over {@code files}; it calls the consumer it is given after each file.
   *
   * @param task what the bar says it is reading
   */
  static <T> T over(String task, List<Path> files, BiFunction<List<Path>, Consumer<Path>, T> read) {
    if (files.size() < 2 || System.console() == null) {
      return read.apply(files, file -> { });
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(files.size()).setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish().build()) {
      return read.apply(files, file -> bar.step());
    }
  }
}
