package org.greendeal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greendeal.reporting.Labels;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.reporting.model.YearRow;
import org.greendeal.rules.Status;

/**
 * The geometry of the dashboard's inline SVG charts as plain numbers; the template draws them,
 * with colours from the style sheet (no inline styles, so the Content-Security-Policy holds).
 */
final class Charts {
  private Charts() {}

  static String css(Status status) {
    return "st-" + status.name().toLowerCase(Locale.ROOT);
  }

  /** The colour groups of the statuses in the charts, in the order of the legend. */
  private static final List<List<Status>> COLOURS = List.of(
      List.of(Status.MET, Status.REPORTED, Status.WITHIN_LIMIT, Status.RESPECTED),
      List.of(Status.IN_PROGRESS, Status.NOT_APPLICABLE),
      List.of(Status.NO_EVIDENCE),
      List.of(Status.NOT_MET, Status.EXCEEDED, Status.VIOLATED));

  /**
   * The legend of the role chart: one entry per colour that {@code present} uses, naming its
   * statuses ({@code css} is the class of the first, which has the group's colour).
   */
  static List<Map<String, Object>> legend(List<Status> present, Labels labels) {
    List<Map<String, Object>> legend = new ArrayList<>();
    for (List<Status> colour : COLOURS) {
      List<Status> shown = colour.stream().filter(present::contains).toList();
      if (!shown.isEmpty()) {
        legend.add(Map.of("css", css(shown.get(0)), "label", String.join(", ",
            shown.stream().map(labels::status).toList())));
      }
    }
    return legend;
  }

  /** Stacked bars of findings per status, one bar per role. */
  static Map<String, Object> roles(List<RoleStatuses> roles, Labels labels) {
    int labelWidth = 230;
    int barWidth = 420;
    int row = 30;
    List<Map<String, Object>> bars = new ArrayList<>();
    List<String> description = new ArrayList<>();
    int y = 6;
    for (RoleStatuses role : roles) {
      String name = labels.role(role.role()) + " (" + role.parties() + ")";
      int total = role.total();
      List<Map<String, Object>> segments = new ArrayList<>();
      int done = 0;
      int x = labelWidth + 6;
      for (Status status : Status.values()) {
        int count = role.counts().getOrDefault(status, 0);
        if (count == 0) {
          continue;
        }
        done += count;
        int end = labelWidth + 6 + (int) Math.round((double) done * barWidth / total);
        segments.add(Map.of("x", x, "y", y, "width", Math.max(1, end - x), "height", 20,
            "css", css(status), "tip", labels.status(status) + ": " + count));
        x = end;
      }
      description.add(name + ": " + total);
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("label", name);
      bar.put("labelX", labelWidth);
      bar.put("textY", y + 15);
      bar.put("segments", segments);
      bar.put("total", total);
      bar.put("totalX", labelWidth + barWidth + 12);
      bars.add(bar);
      y += row;
    }
    return Map.of("width", labelWidth + barWidth + 60, "height", Math.max(row, y + 4),
        "bars", bars, "label", labels.get("chart.byRole") + ". "
            + String.join("; ", description) + ".");
  }

  /** Bars of trajectories started per year. */
  static Map<String, Object> timeline(List<YearRow> years, Labels labels) {
    int width = 480;
    int base = 180;
    int top = 24;
    int max = years.stream().mapToInt(YearRow::trajectoriesStarted).max().orElse(0);
    double slot = (width - 40) / (double) Math.max(1, years.size());
    double barWidth = Math.min(64, slot * 0.6);
    List<Map<String, Object>> bars = new ArrayList<>();
    List<String> description = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      YearRow year = years.get(i);
      double x = 20 + i * slot + (slot - barWidth) / 2;
      int height = max == 0 ? 0 : (int) Math.round((double) year.trajectoriesStarted()
          * (base - top) / max);
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("x", (int) Math.round(x));
      bar.put("y", base - height);
      bar.put("width", (int) Math.round(barWidth));
      bar.put("height", height);
      bar.put("centre", (int) Math.round(x + barWidth / 2));
      bar.put("count", year.trajectoriesStarted());
      bar.put("countY", base - height - 6);
      bar.put("year", year.year());
      bar.put("yearY", base + 18);
      bar.put("tip", year.year() + ": " + year.trajectoriesStarted());
      bars.add(bar);
      description.add(year.year() + ": " + year.trajectoriesStarted());
    }
    return Map.of("width", width, "height", base + 26, "bars", bars,
        "label", labels.get("chart.timeline") + ". " + String.join("; ", description) + ".");
  }
}
