package dev.gloss.schedule;

/** Days until the next review for a stability: S scaled to the desired retention, capped, maybe fuzzed. */
final class Intervals {
    private final double intervalModifier;
    private final int maximumInterval;
    private final boolean fuzz;

    Intervals(double intervalModifier, int maximumInterval, boolean fuzz) {
        this.intervalModifier = intervalModifier;
        this.maximumInterval = maximumInterval;
        this.fuzz = fuzz;
    }

    int next(double stability, Review review) {
        int interval = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
        if (!fuzz) {
            return interval;
        }
        return Fuzz.apply(interval, review.elapsedDays(), maximumInterval, Fuzz.randomFactor(review.fuzzSeed()));
    }
}
