package dev.gloss.schedule.optimizer;

/**
 * One review inside a training item.
 *
 * @param rating 1..4
 * @param deltaT whole study days since the card's previous review (0 for the first review and for
 *               same-day reviews)
 */
public record Review(int rating, int deltaT) {
    public Review {
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("rating must be 1..4, got " + rating);
        }
        if (deltaT < 0) {
            throw new IllegalArgumentException("delta_t must not be negative, got " + deltaT);
        }
    }
}
