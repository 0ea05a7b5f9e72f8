package dev.gloss.schedule;

import java.util.Map;

/** Turns a review and an answer into the next card state; one implementation per ts-fsrs scheduler. */
sealed interface Scheduler permits ShortTermScheduler, LongTermScheduler {

    CardSchedule answer(Review review, Rating rating);

    /** The outcome of every rating, in rating order. */
    Map<Rating, CardSchedule> preview(Review review);
}
