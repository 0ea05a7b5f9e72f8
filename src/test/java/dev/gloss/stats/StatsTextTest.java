package dev.gloss.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTextTest {
    @Test
    void theHeatmapHasWeeksAsColumnsMondayOnTopShadedAgainstTheBusiestDay() {
        // Monday 2026-02-23 .. Sunday 2026-03-08: two weeks; Sunday March 1 ends the first
        StatsReport.Heatmap heatmap = new StatsReport.Heatmap(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 8),
                List.of(new StatsReport.DayCount(LocalDate.of(2026, 2, 24), 8),
                        new StatsReport.DayCount(LocalDate.of(2026, 3, 2), 1),
                        new StatsReport.DayCount(LocalDate.of(2026, 3, 8), 4)));
        assertThat(HeatmapText.render(heatmap, 80)).containsExactly(
                "     Mar",
                "  Mo  ░",
                "  Tu █·",
                "  We ··",
                "  Th ··",
                "  Fr ··",
                "  Sa ··",
                "  Su ·▒",
                "     · none  ░ 1–2  ▒ 3–4  ▓ 5–6  █ 7–8");
    }

    @Test
    void aLongHeatmapContinuesBelowWhenWiderThanTheReport() {
        StatsReport.Heatmap tenYears = new StatsReport.Heatmap(LocalDate.of(2016, 4, 3), LocalDate.of(2026, 4, 1),
                List.of(new StatsReport.DayCount(LocalDate.of(2026, 4, 1), 3)));
        List<String> lines = HeatmapText.render(tenYears, 80);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lines.stream().filter(l -> l.startsWith("  Mo "))).hasSize(7); // 522 weeks in blocks of 75
        assertThat(lines.get(0)).contains("2017");
    }

    @Test
    void shadesSplitTheBusiestDayInQuarters() {
        assertThat(HeatmapText.shade(0, 10)).isEqualTo('·');
        assertThat(HeatmapText.shade(1, 10)).isEqualTo('░');
        assertThat(HeatmapText.shade(3, 10)).isEqualTo('▒');
        assertThat(HeatmapText.shade(5, 10)).isEqualTo('▒');
        assertThat(HeatmapText.shade(6, 10)).isEqualTo('▓');
        assertThat(HeatmapText.shade(10, 10)).isEqualTo('█');
    }

    @Test
    void columnChartsStackTheirSeriesOnAnAxis() {
        List<String> chart = ColumnChart.render(List.of(new int[]{8, 0}, new int[]{2, 2}, new int[]{0, 0},
                new int[]{0, 1}), new char[]{'█', '░'}, java.util.Arrays.asList("a", null, null, "b"), 2);
        assertThat(chart).containsExactly(
                "8 ┤█",
                "  │█",
                "  │█",
                "  │█",
                "4 ┤█ ░",
                "  │█ ░",
                "  │█ █",
                "  │█ █   ░",
                "0 └────────",
                "   a     b");
    }

    @Test
    void aSparklineUnderTheAxisSitsUnderItsColumns() {
        List<String> chart = ColumnChart.render(List.of(new int[]{1}, new int[]{2}, new int[]{0}), new char[]{'█'},
                java.util.Arrays.asList(null, null, null), 2, new ColumnChart.Sparkline("time", new long[]{10, 80, 0}));
        assertThat(chart.get(7)).isEqualTo("     │█ █");
        assertThat(chart.get(9)).isEqualTo("time  ▁ █");
    }

    @Test
    void everyLineFitsTheWidthAndEverySectionIsThere() {
        History h = StatsCalculatorTest.history();
        StatsCalculatorTest.cards(History.FSRS).cards.forEach(h::card);
        StatsReport report = h.report("2026-03-30T12:00", 365);
        for (int width : new int[]{40, 60, 80, 100, 160}) {
            String text = StatsText.render(report, width);
            text.lines().forEach(l -> assertThat(l.codePointCount(0, l.length())).as(width + ": " + l)
                    .isLessThanOrEqualTo(width));
        }
        String text = StatsText.render(report, 80);
        assertThat(text).contains("TODAY\n  6 reviews in 1m 00s · 50.0% correct (3 Again) · 2 new cards")
                .contains("STREAK\n  current 6 days · longest 7 days · studied on 15 days")
                .contains("25 reviews on 14 days of the last 365 days · busiest 2026-03-30 (6)")
                .contains("  7 days    80.0% of 5          50.0% of 4          66.7% of 9")
                .contains("12 cards · new 1 · learning 2 · review 5 · relearning 1")
                .contains("log loss 0.858 · RMSE 0.518 · binned RMSE 0.354")
                .contains("today 5 (2 overdue) · tomorrow 1 · 7 days 7 · 31 days 8");
        assertThat(StatsText.sections(report, 80)).extracting(StatsText.Section::title).contains("TODAY", "STREAK",
                "CALENDAR", "TRUE RETENTION", "CARDS", "HOURS");
    }

    @Test
    void withoutAnswersTheReportSaysSo() {
        String text = StatsText.render(new History().report("2026-03-30T12:00", 365), 80);
        assertThat(text).contains("No reviews yet").doesNotContain("CALIBRATION").doesNotContain("STREAK");
    }

    @Test
    void durationsReadAsTheyWould() {
        assertThat(TextFormat.duration(45_400)).isEqualTo("45s");
        assertThat(TextFormat.duration(750_000)).isEqualTo("12m 30s");
        assertThat(TextFormat.duration(14_700_000)).isEqualTo("4h 05m");
        assertThat(TextFormat.bar(3, 8, 2)).isEqualTo("▊");
        assertThat(TextFormat.bar(8, 8, 2)).isEqualTo("██");
        assertThat(TextFormat.bar(0.01, 8, 2)).isEqualTo("▏");
    }
}
