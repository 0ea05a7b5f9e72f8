package dev.gloss.schedule;

/**
 * Spreads an interval of 3 days or more over a small window, so cards learnt together drift apart. The
 * window grows with the interval (±15% of the days between 2.5 and 7, ±10% up to 20, ±5% beyond) and
 * never ends at or before the days already elapsed, so a review is not scheduled into the past.
 */
final class Fuzz {
    private static final double MIN_FUZZED_INTERVAL = 2.5;

    private Fuzz() {
    }

    /**
     * @param interval     the interval in days before fuzzing
     * @param elapsedDays  days since the previous review
     * @param randomFactor a number in [0, 1) from {@link #randomFactor(String)}
     */
    static int apply(int interval, long elapsedDays, int maximumInterval, double randomFactor) {
        if (interval < MIN_FUZZED_INTERVAL) {
            return interval;
        }
        double delta = 1 + 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20) - 7, 0)
                + 0.05 * Math.max(interval - 20, 0);
        int capped = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(capped - delta));
        long max = Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        min = Math.min(min, max);
        return (int) Math.floor(randomFactor * (max - min + 1) + min);
    }

    /**
     * The random number ts-fsrs draws for a review: the first output of Alea seeded with
     * {@code "<review time in ms>_<reps including this review>_<D·S before it>"}, the product written as
     * JavaScript would. Every outcome of one review shares it.
     */
    static double randomFactor(String seed) {
        return new AleaRandom(seed).nextDouble();
    }

    static String seed(long reviewEpochMillis, int repsAfterReview, double difficulty, double stability) {
        return reviewEpochMillis + "_" + repsAfterReview + "_" + JsNumberFormat.format(difficulty * stability);
    }
}
