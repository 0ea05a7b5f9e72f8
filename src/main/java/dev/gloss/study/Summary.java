package dev.gloss.study;

import java.time.Duration;

/**
 * What a session did.
 *
 * @param answered     answers given (an undone answer does not count)
 * @param correct      answers not rated Again
 * @param dueTomorrow  cards that will be due by the end of the next study day (learning and reviews)
 */
public record Summary(int answered, int correct, int newLearned, Duration time, int dueTomorrow) {

    /** Share of answers not rated Again, 0..1; 0 when nothing was answered. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
