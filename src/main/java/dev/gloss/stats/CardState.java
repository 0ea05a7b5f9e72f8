package dev.gloss.stats;

import dev.gloss.schedule.State;

import java.time.Instant;

/**
 * A card's scheduling state as statistics need it.
 *
 * @param lastReview  null for a card never answered
 * @param buriedUntil null when the card was never buried
 */
public record CardState(long deckId, State state, double stability, double difficulty, Instant due,
                        Instant lastReview, boolean suspended, Instant buriedUntil) {

    public boolean buriedAt(Instant now) {
        return buriedUntil != null && buriedUntil.isAfter(now);
    }
}
