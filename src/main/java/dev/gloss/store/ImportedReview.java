package dev.gloss.store;

import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;

import java.time.Instant;

/**
 * One answer from another program's review log.
 *
 * @param stateBefore      what the other program says the card was before the answer, or null if unknown;
 *                         used only to start a history whose beginning was not exported
 * @param lastIntervalDays the interval in days before the answer (Anki's lastIvl), 0 if unknown
 * @param easePermille     SM-2 ease ×1000 after the answer, 0 if unknown
 * @param intervalDays     the interval in days the other program gave at this answer (0 for a learning step),
 *                         or null if unknown (then the replay's interval is stored)
 */
public record ImportedReview(CardRef card, Instant at, Rating rating, long durationMs, State stateBefore,
                             int lastIntervalDays, int easePermille, Integer intervalDays) {
    public ImportedReview {
        if (card == null || at == null || rating == null) {
            throw new IllegalArgumentException("card, time and rating are required");
        }
        durationMs = Math.max(0, durationMs);
    }
}
