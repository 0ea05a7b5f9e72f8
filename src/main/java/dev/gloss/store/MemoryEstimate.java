package dev.gloss.store;

import dev.gloss.schedule.Parameters;

/**
 * FSRS memory state for a card that has an SM-2 interval and ease but no usable history. Stability is the
 * interval at which recall would have dropped to 90 % (on FSRS's curve that is the interval itself);
 * difficulty is the one for which FSRS's stability increase after a Good answer at 90 % recall equals the
 * SM-2 ease. The same idea as Anki's conversion when FSRS is switched on for cards without history.
 */
final class MemoryEstimate {
    private static final double SM2_RETENTION = 0.9;
    private static final double MIN_STABILITY = 0.1;
    static final double UNKNOWN_DIFFICULTY = 5.0;

    private MemoryEstimate() {
    }

    static double stability(int intervalDays) {
        return Math.max(MIN_STABILITY, intervalDays);
    }

    static double difficulty(int easePermille, double stability, Parameters w) {
        if (easePermille <= 0) {
            return UNKNOWN_DIFFICULTY;
        }
        double ease = easePermille / 1000.0;
        double growthPerDifficulty = Math.exp(w.w(8)) * Math.pow(stability, -w.w(9))
                * (Math.exp((1 - SM2_RETENTION) * w.w(10)) - 1);
        double d = 11 - (ease - 1) / growthPerDifficulty;
        return Math.max(1, Math.min(10, d));
    }
}
