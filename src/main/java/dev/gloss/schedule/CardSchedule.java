package dev.gloss.schedule;

import java.time.Instant;

/**
 * A card's FSRS scheduling state, as ts-fsrs keeps it.
 *
 * @param stability     S in days (0 for a new card)
 * @param difficulty    D in [1, 10] (0 for a new card)
 * @param lastReview    null for a card never reviewed
 * @param scheduledDays the interval in days given at the last review (0 inside learning steps)
 * @param learningStep  index into the learning or relearning steps
 */
public record CardSchedule(State state, double stability, double difficulty, Instant due, Instant lastReview,
                           int scheduledDays, int learningStep, int reps, int lapses) {

    public CardSchedule {
        if (state == null || due == null) {
            throw new IllegalArgumentException("state and due are required");
        }
    }

    public static CardSchedule newCard(Instant due) {
        return new CardSchedule(State.NEW, 0, 0, due, null, 0, 0, 0, 0);
    }
}
