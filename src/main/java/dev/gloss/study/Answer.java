package dev.gloss.study;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;

import java.time.Instant;

/**
 * One answer, as it is written to the review log: the card before, the rating, and the card after.
 *
 * @param retrievability predicted recall at the moment of the answer; null for a new card
 * @param durationMs     time spent on the card, capped (see {@link StudySession#MAX_ANSWER_TIME})
 * @param mode           the quiz mode it was answered in (flip, type, choice)
 */
public record Answer(StudyCard card, Rating rating, Instant reviewedAt, long elapsedDays, Double retrievability,
                     long durationMs, CardSchedule after, String mode) {

    public CardSchedule before() {
        return card.schedule();
    }
}
