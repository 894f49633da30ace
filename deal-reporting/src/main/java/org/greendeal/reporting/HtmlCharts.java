package org.greendeal.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.YearRow;
import org.greendeal.rules.Status;

/**
 * The geometry of the HTML report's inline SVG charts, computed here as plain numbers; the
 * templates ({@code html/*.mustache}) draw the shapes from them. No markup is made in Java.
 */
final class HtmlCharts {
  /** Width of the findings-per-role chart, in SVG units. */
  static final int ROLE_CHART_WIDTH = 720;
  private static final int ROLE_LABEL_WIDTH = 196;
  private static final int ROLE_BAR_X = 200;
  private static final int ROLE_BAR_WIDTH = 450;
  private static final int ROLE_ROW = 32;
  private static final int ROLE_BAR_HEIGHT = 22;
  private static final int TOP = 8;
  private static final int LEGEND_ROW = 20;
  private static final double CHAR_WIDTH = 7.2;
  /** The narrowest segment of a stacked bar, so that each status present can be seen. */
  static final int MIN_SEGMENT = 3;
  /** The narrowest segment that still gets its count written in it. */
  private static final int MIN_LABELLED_SEGMENT = 24;

  /** Width of the timeline chart, in SVG units. */
  static final int TIMELINE_WIDTH = 480;
  private static final int TIMELINE_HEIGHT = 220;
  private static final int TIMELINE_TOP = 28;
  private static final int TIMELINE_BASE = 190;

  /** Width of a party's progress bar track, in SVG units. */
  static final int PROGRESS_TRACK = 200;

  private HtmlCharts() {}

  /** The stacked bars of findings per status, one bar per role, each bar the role's findings as 100%. */
  static RoleChart roles(List<RoleStatuses> byRole, Labels labels) {
    List<RoleBar> bars = new ArrayList<>();
    List<Status> present = new ArrayList<>();
    List<String> description = new ArrayList<>();
    int y = TOP;
    for (RoleStatuses role : byRole) {
      String name = labels.role(role.role()) + " (" + role.parties() + ")";
      int total = role.total();
      List<Status> shown = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      for (Status status : Status.values()) {
        int count = role.counts().getOrDefault(status, 0);
        if (count > 0) {
          shown.add(status);
          counts.add(count);
          if (!present.contains(status)) {
            present.add(status);
          }
        }
      }
      int[] widths = widths(counts, ROLE_BAR_WIDTH);
      List<Segment> segments = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      int x = ROLE_BAR_X;
      for (int i = 0; i < shown.size(); i++) {
        Status status = shown.get(i);
        int count = counts.get(i);
        int width = widths[i];
        parts.add(count + " " + labels.status(status));
        segments.add(new Segment(x, y, width, ROLE_BAR_HEIGHT, HtmlPage.statusClass(status),
            labels.status(status) + ": " + count,
            width >= MIN_LABELLED_SEGMENT ? String.valueOf(count) : null,
            num(x + width / 2.0), y + ROLE_BAR_HEIGHT / 2 + 5));
        x += width;
      }
      description.add(name + ": " + total + " " + labels.get("chart.findings")
          + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
      bars.add(new RoleBar(name, ROLE_LABEL_WIDTH, y + ROLE_BAR_HEIGHT / 2 + 5, segments,
          String.valueOf(total), ROLE_BAR_X + ROLE_BAR_WIDTH + 8, total == 0));
      y += ROLE_ROW;
    }
    present.sort(null);
    int legendTop = y + 8;
    int longest = present.stream().mapToInt(s -> labels.status(s).length()).max().orElse(0);
    int column = (int) Math.ceil(18 + longest * CHAR_WIDTH + 18);
    int perRow = Math.max(1, (ROLE_CHART_WIDTH - ROLE_BAR_X) / column);
    List<LegendItem> legend = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      int lx = ROLE_BAR_X + (i % perRow) * column;
      int ly = legendTop + (i / perRow) * LEGEND_ROW;
      legend.add(new LegendItem(lx, ly, lx + 18, ly + 11, HtmlPage.statusClass(present.get(i)),
          labels.status(present.get(i))));
    }
    int legendRows = (present.size() + perRow - 1) / perRow;
    int height = legendTop + legendRows * LEGEND_ROW + 4;
    String label = labels.get("chart.byRole") + ". " + String.join("; ", description) + ".";
    return new RoleChart(label, labels.get("summary.byRole"), ROLE_CHART_WIDTH, height, bars,
        legend, ROLE_BAR_X, legendTop - 4);
  }

  /**
   * Splits {@code length} in proportion to {@code counts} (all positive), in whole units that add up
   * to {@code length}; a segment gets at least {@link #MIN_SEGMENT} so that no status present is
   * invisible, taken from the widest.
   */
  static int[] widths(List<Integer> counts, int length) {
    int total = counts.stream().mapToInt(Integer::intValue).sum();
    int[] widths = new int[counts.size()];
    int done = 0;
    int end = 0;
    for (int i = 0; i < widths.length; i++) {
      done += counts.get(i);
      int next = (int) Math.round((double) done * length / total);
      widths[i] = next - end;
      end = next;
    }
    for (int i = 0; i < widths.length; i++) {
      if (widths[i] < MIN_SEGMENT) {
        int widest = 0;
        for (int j = 1; j < widths.length; j++) {
          widest = widths[j] > widths[widest] ? j : widest;
        }
        if (widths[widest] - (MIN_SEGMENT - widths[i]) < MIN_SEGMENT) {
          break;
        }
        widths[widest] -= MIN_SEGMENT - widths[i];
        widths[i] = MIN_SEGMENT;
      }
    }
    return widths;
  }

  /** The bars of trajectories started per year, with each number written above its bar. */
  static TimelineChart timeline(List<YearRow> years, Labels labels) {
    int max = years.stream().mapToInt(YearRow::trajectoriesStarted).max().orElse(0);
    int n = Math.max(1, years.size());
    double slot = (TIMELINE_WIDTH - 40) / (double) n;
    double barWidth = Math.min(64, slot * 0.6);
    int plot = TIMELINE_BASE - TIMELINE_TOP;
    List<YearBar> bars = new ArrayList<>();
    List<String> description = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      YearRow year = years.get(i);
      double x = 20 + i * slot + (slot - barWidth) / 2;
      int height = max == 0 ? 0
          : (int) Math.round((double) year.trajectoriesStarted() * plot / max);
      int y = TIMELINE_BASE - height;
      double centre = x + barWidth / 2;
      bars.add(new YearBar(num(x), y, num(barWidth), height, num(centre),
          String.valueOf(year.year()), TIMELINE_BASE + 18, String.valueOf(year.trajectoriesStarted()),
          y - 6, year.year() + ": " + year.trajectoriesStarted()));
      description.add(year.year() + ": " + year.trajectoriesStarted());
    }
    String label = labels.get("chart.timeline") + ". " + String.join("; ", description) + ".";
    return new TimelineChart(label, labels.get("timeline.trajectories"), TIMELINE_WIDTH,
        TIMELINE_HEIGHT, TIMELINE_BASE, TIMELINE_WIDTH - 10, bars);
  }

  /** A party's progress bar: fulfilled of applicable, with the percentage beside it. */
  static ProgressBar progress(PartyScorecard card, Labels labels) {
    int percent = card.percent();
    String text = percent + "% (" + card.fulfilled() + "/" + card.applicable() + ")";
    String label = labels.get("chart.progress") + " " + card.name() + ": " + text;
    return new ProgressBar(label, PROGRESS_TRACK + 100, PROGRESS_TRACK,
        (int) Math.round(percent * PROGRESS_TRACK / 100.0), text, PROGRESS_TRACK + 8);
  }

  /** A coordinate with at most one decimal, written with a dot whatever the locale. */
  static String num(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /**
   * The findings-per-role chart.
   *
   * @param label its text alternative ({@code aria-label})
   * @param title its title
   * @param width its width
   * @param height its height
   * @param bars one bar per role
   * @param legend one item per status shown
   * @param barX where the bars start
   * @param legendLine where the line above the legend runs
   */
  record RoleChart(String label, String title, int width, int height, List<RoleBar> bars,
      List<LegendItem> legend, int barX, int legendLine) {}

  /**
   * One role's bar.
   *
   * @param label the role and its number of parties
   * @param labelX where the label ends (it is right-aligned)
   * @param textY the baseline of the label and total
   * @param segments one segment per status
   * @param total the number of findings
   * @param totalX where the total is written
   * @param empty whether the role has no findings
   */
  record RoleBar(String label, int labelX, int textY, List<Segment> segments, String total,
      int totalX, boolean empty) {}

  /**
   * A segment of a stacked bar.
   *
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   * @param status the CSS class of its status
   * @param tip its tooltip
   * @param count the count written in it, or {@code null} where it is too narrow
   * @param textX the centre of the count
   * @param textY the baseline of the count
   */
  record Segment(int x, int y, int width, int height, String status, String tip, String count,
      String textX, int textY) {}

  /**
   * A legend item: a swatch and a status.
   *
   * @param x swatch left edge
   * @param y swatch top edge
   * @param textX where the text starts
   * @param textY the text's baseline
   * @param status the CSS class of the status
   * @param label the status in words
   */
  record LegendItem(int x, int y, int textX, int textY, String status, String label) {}

  /**
   * The timeline chart.
   *
   * @param label its text alternative
   * @param title its title
   * @param width its width
   * @param height its height
   * @param base the baseline of the bars
   * @param axisEnd where the baseline ends
   * @param bars one bar per year
   */
  record TimelineChart(String label, String title, int width, int height, int base, int axisEnd,
      List<YearBar> bars) {}

  /**
   * One year's bar.
   *
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   * @param centre its horizontal centre
   * @param year the year
   * @param yearY the baseline of the year
   * @param count the number of trajectories started
   * @param countY the baseline of the number
   * @param tip its tooltip
   */
  record YearBar(String x, int y, String width, int height, String centre, String year, int yearY,
      String count, int countY, String tip) {}

  /**
   * A party's progress bar.
   *
   * @param label its text alternative
   * @param width the chart's width
   * @param track the width of the track
   * @param fill the width of the filled part
   * @param text the percentage and counts
   * @param textX where the text starts
   */
  record ProgressBar(String label, int width, int track, int fill, String text, int textX) {}
}
