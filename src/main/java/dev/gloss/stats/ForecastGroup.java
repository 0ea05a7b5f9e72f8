package dev.gloss.stats;

/**
 * Studied cards coming due within one quarter hour (UTC) of the forecast's window, as the store aggregates them.
 * Overdue cards are counted in the quarter hour today began.
 *
 * @param quarter {@code max(due, start of today) / 900000}
 * @param review  cards in review (else in learning or relearning steps)
 * @param overdue cards due before today began
 */
public record ForecastGroup(long quarter, boolean review, boolean overdue, int cards) {
    public long startMillis() {
        return quarter * ReviewGroup.QUARTER_MS;
    }
}
