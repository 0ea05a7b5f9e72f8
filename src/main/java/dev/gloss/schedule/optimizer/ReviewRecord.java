package dev.gloss.schedule.optimizer;

/**
 * One row of a review log in the FSRS optimizer convention.
 *
 * @param cardId       the card, as text (integer ids are kept as written)
 * @param reviewTimeMs when the review happened, Unix epoch milliseconds
 * @param rating       1 Again, 2 Hard, 3 Good, 4 Easy (0 = manual entry, never a review)
 * @param state        state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning (4, 5: filtered, manual)
 * @param durationMs   time spent answering, milliseconds
 */
public record ReviewRecord(String cardId, long reviewTimeMs, int rating, int state, long durationMs) {
    public ReviewRecord {
        if (cardId == null || cardId.isEmpty()) {
            throw new IllegalArgumentException("card id is required");
        }
    }
}
