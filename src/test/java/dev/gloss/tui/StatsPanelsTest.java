package dev.gloss.tui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Panel headings and when panels go side by side. */
class StatsPanelsTest {
    @Test
    void aHeadingIsItsNameInSentenceCaseItsNoteQuietAndARuleToTheWidth() {
        assertThat(StatsPanels.heading("REVIEWS PER DAY  last 30 days", 40)).containsExactly(
                new Span("Reviews per day", Style.STRONG),
                new Span(" last 30 days", Style.QUIET),
                new Span(" " + "─".repeat(11), Style.QUIET));
        assertThat(StatsPanels.heading("TODAY", 10)).containsExactly(new Span("Today", Style.STRONG),
                new Span(" ────", Style.QUIET));
    }

    @Test
    void aHeadingTooLongForItsPanelIsCut() {
        List<Span> heading = StatsPanels.heading("CALIBRATION  FSRS's predicted recall against what happened", 30);
        assertThat(Span.width(heading)).isEqualTo(30);
        assertThat(heading.get(1).text()).endsWith("…");
        assertThat(Span.width(StatsPanels.heading("TRUE RETENTION", 12))).isEqualTo(12);
    }

    @Test
    void twoColumnsOnceTwoPanelsAndTheGapFit() {
        int twoPanels = 2 * StatsPanels.PANEL_WIDTH + StatsPanels.GAP;
        assertThat(StatsPanels.columns(twoPanels - 1)).isEqualTo(1);
        assertThat(StatsPanels.columns(twoPanels)).isEqualTo(2);
        assertThat(StatsPanels.columns(40)).isEqualTo(1);
    }
}
