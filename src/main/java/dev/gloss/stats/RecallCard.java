package dev.gloss.stats;

import java.time.Instant;

/** A card in review or relearning, not suspended, with what its predicted recall now depends on. */
public record RecallCard(long deckId, Instant lastReview, double stability) {
}
