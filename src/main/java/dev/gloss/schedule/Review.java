package dev.gloss.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * One review being scheduled: the card as it was, when it is answered, and the study days since its last
 * review (0 for a new card). Builds the card that results from an answer.
 */
record Review(CardSchedule card, Instant now, long elapsedDays) {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    MemoryState memory() {
        return new MemoryState(card.stability(), card.difficulty());
    }

    /** ts-fsrs seeds the fuzz with the review time, the new rep count and D·S before the review. */
    String fuzzSeed() {
        return Fuzz.seed(now.toEpochMilli(), card.reps() + 1, card.difficulty(), card.stability());
    }

    /** The answered card, due a whole number of 24-hour days from now (no alignment to a day start). */
    CardSchedule inDays(MemoryState memory, State state, int days, int learningStep, int lapses) {
        return answered(memory, state, now.plusMillis(days * MILLIS_PER_DAY), days, learningStep, lapses);
    }

    /** The answered card, due after a learning step; steps of a day or more count whole days as scheduled. */
    CardSchedule inMinutes(MemoryState memory, State state, long minutes, int learningStep, int lapses) {
        int scheduledDays = (int) (minutes / LearningSteps.Step.MINUTES_PER_DAY);
        return answered(memory, state, now.plus(Duration.ofMinutes(minutes)), scheduledDays, learningStep, lapses);
    }

    private CardSchedule answered(MemoryState memory, State state, Instant due, int scheduledDays,
                                  int learningStep, int lapses) {
        return new CardSchedule(state, memory.stability(), memory.difficulty(), due, now, scheduledDays,
                learningStep, card.reps() + 1, lapses);
    }
}
