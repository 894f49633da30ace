package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greendeal.model.Language;
import org.greendeal.model.Role;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.rules.Status;
import org.junit.jupiter.api.Test;

/** The chart geometry that the HTML templates draw. */
class HtmlChartsTest {
  private final Labels labels = new Labels(Language.EN);

  @Test
  void segmentsSplitTheBarInProportionAndAddUpToIt() {
    assertThat(HtmlCharts.widths(List.of(1, 1, 2), 400)).containsExactly(100, 100, 200);
    assertThat(HtmlCharts.widths(List.of(1, 1, 1), 100)).containsExactly(33, 34, 33);
  }

  @Test
  void aSingleFindingAmongManyStaysVisible() {
    int[] widths = HtmlCharts.widths(List.of(1, 319), 450);
    assertThat(widths[0]).isEqualTo(HtmlCharts.MIN_SEGMENT);
    assertThat(widths[0] + widths[1]).isEqualTo(450);
  }

  @Test
  void roleBarsAreFullWidthWithTheirCountsAndALegendEntryPerStatus() {
    var chart = HtmlCharts.roles(List.of(
        new RoleStatuses(Role.FACILITATING_PARTNER, 2, Map.of(Status.MET, 2, Status.NO_EVIDENCE, 2)),
        new RoleStatuses(Role.KNOWLEDGE_PARTNER, 12, Map.of(Status.NOT_MET, 1))), labels);
    assertThat(chart.bars()).hasSize(2);
    var first = chart.bars().get(0);
    assertThat(first.segments()).extracting(HtmlCharts.Segment::status)
        .containsExactly("st-met", "st-no-evidence");
    assertThat(first.segments()).extracting(HtmlCharts.Segment::width).containsExactly(225, 225);
    assertThat(first.segments().get(1).x()).isEqualTo(first.segments().get(0).x() + 225);
    assertThat(first.segments()).extracting(HtmlCharts.Segment::count).containsExactly("2", "2");
    assertThat(chart.legend()).extracting(HtmlCharts.LegendItem::label)
        .containsExactly("met", "not met", "no evidence");
    assertThat(chart.label()).contains("Facilitating partner (2): 4 findings (2 met, 2 no evidence)")
        .contains("Knowledge partner (12): 1 findings (1 not met)");
    assertThat(chart.height()).isGreaterThan(chart.legend().get(2).y() + 12);
  }

  @Test
  void timelineBarsScaleToTheBusiestYearWithTheNumbersAsText() {
    var chart = HtmlCharts.timeline(List.of(
        new org.greendeal.reporting.model.YearRow(2018, 2, java.math.BigDecimal.ZERO, 0, 0),
        new org.greendeal.reporting.model.YearRow(2019, 4, java.math.BigDecimal.ZERO, 0, 0),
        new org.greendeal.reporting.model.YearRow(2020, 0, java.math.BigDecimal.ZERO, 0, 0)), labels);
    assertThat(chart.bars()).extracting(HtmlCharts.YearBar::height).containsExactly(81, 162, 0);
    assertThat(chart.bars()).extracting(HtmlCharts.YearBar::count).containsExactly("2", "4", "0");
    assertThat(chart.bars()).allSatisfy(b -> assertThat(b.y() + b.height()).isEqualTo(chart.base()));
  }

  @Test
  void progressBarFillsItsShareOfTheTrack() {
    var card = new org.greendeal.reporting.model.PartyScorecard("ns", "NS", Role.PROCURING_PARTICIPANT,
        java.util.Optional.empty(), List.of());
    var bar = HtmlCharts.progress(card, labels);
    assertThat(bar.fill()).isZero();
    assertThat(bar.text()).isEqualTo("0% (0/0)");
    assertThat(bar.label()).isEqualTo("Progress bar NS: 0% (0/0)");
  }
}
