package dev.gloss.schedule.optimizer;

/**
 * The ranges fsrs-rs clamps the weights to after every training step (ALGORITHM.md §1). With
 * more than one relearning step, w17 and w18 get a tighter ceiling so that a lapse followed by the
 * relearning steps cannot end above the stability before the lapse.
 */
final class ParameterBounds {
    private static final double[] LOW = {
            0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
            0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};
    private static final double[] HIGH = {
            100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
            5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};
    /** Short-term on: the same-day S exponent w19 stays at least 0.01. */
    private static final double W19_LOW_SHORT_TERM = 0.01;

    private ParameterBounds() {
    }

    static void clamp(double[] w, boolean enableShortTerm, int relearningSteps) {
        for (int i = 0; i < w.length; i++) {
            w[i] = MemoryModel.clamp(w[i], LOW[i], HIGH[i]);
        }
        if (enableShortTerm && w[19] < W19_LOW_SHORT_TERM) {
            w[19] = W19_LOW_SHORT_TERM;
        }
        if (relearningSteps > 1) {
            // w17·w18·n ≤ −(ln w11 + ln(2^{w13} − 1) + 0.3·w14): from S after lapse ≤ S at D = 1, R = 0.7, S = 1
            double ceiling = Math.sqrt(Math.max(0.01,
                    -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + 0.3 * w[14]) / relearningSteps));
            ceiling = Math.min(ceiling, 2);
            w[17] = Math.min(w[17], ceiling);
            w[18] = Math.min(w[18], ceiling);
        }
    }
}
