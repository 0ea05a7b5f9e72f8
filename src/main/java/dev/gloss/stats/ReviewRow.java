package dev.gloss.stats;

import java.time.Instant;

/**
 * One review-log row, with the columns statistics read.
 *
 * @param stateBefore           the card's state before the answer (0 New .. 3 Relearning)
 * @param elapsedDays           study days since the card's previous answer
 * @param previousScheduledDays the interval the card had before this answer (the scheduled_days of its previous
 *                              answer); null for imported rows, which do not carry it
 * @param retrievability        the recall probability FSRS predicted at the moment of the answer; null for new cards
 */
public record ReviewRow(long cardId, Instant reviewedAt, int rating, int stateBefore, long elapsedDays,
                        Integer previousScheduledDays, long durationMs, Double retrievability) {

    public ReviewRow {
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("rating must be 1..4, got " + rating);
        }
        ReviewKind.ofStateBefore(stateBefore);
    }

    /** The card's interval before this answer: the one it was scheduled with, else the days that actually passed. */
    public long intervalBefore() {
        return previousScheduledDays != null ? previousScheduledDays : elapsedDays;
    }

    public boolean recalled() {
        return rating > 1;
    }
}
