package dev.gloss.schedule;

import static dev.gloss.schedule.Rounding.round8;

/**
 * The ranges ts-fsrs clamps user-supplied weights into before scheduling with them. Two depend on the
 * configuration: w19 may not reach 0 with short-term scheduling on, and with more than one relearning
 * step w17 and w18 are capped so that a string of same-day lapses cannot push S up.
 */
final class ParameterLimits {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final double INITIAL_S_MAX = 100;
    private static final double SHORT_TERM_CEILING = 2.0;

    private ParameterLimits() {
    }

    static double[] clamp(double[] w, int relearningSteps, boolean shortTerm) {
        double[][] ranges = ranges(w, relearningSteps, shortTerm);
        double[] clamped = new double[Parameters.COUNT];
        for (int i = 0; i < Parameters.COUNT; i++) {
            clamped[i] = clampTo(w[i], ranges[i][0], ranges[i][1]);
        }
        return clamped;
    }

    private static double[][] ranges(double[] w, int relearningSteps, boolean shortTerm) {
        double ceiling = shortTermCeiling(w, relearningSteps);
        return new double[][] {
                {S_MIN, INITIAL_S_MAX}, {S_MIN, INITIAL_S_MAX}, {S_MIN, INITIAL_S_MAX}, {S_MIN, INITIAL_S_MAX},
                {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5},
                {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1}, {1, 6},
                {0, ceiling}, {0, ceiling}, {shortTerm ? 0.01 : 0, 0.8}, {0.1, 0.8}};
    }

    /**
     * Each same-day review can multiply S by about e^{w17·w18}; with n relearning steps the cap keeps
     * e^{n·w17·w18} below 1 / (w11·(2^w13 − 1)·e^{0.3·w14}), the bound ts-fsrs and fsrs-rs derive from
     * the forget formula, so relearning cannot undo a lapse within the day.
     */
    private static double shortTermCeiling(double[] w, int relearningSteps) {
        if (relearningSteps <= 1) {
            return SHORT_TERM_CEILING;
        }
        double w11 = clampTo(w[11], 0.001, 5);
        double w13 = clampTo(w[13], 0.001, 0.9);
        double w14 = clampTo(w[14], 0, 4);
        double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2, w13) - 1) + w14 * 0.3)
                / relearningSteps;
        return clampTo(round8(Math.sqrt(Math.max(value, 0))), 0.01, SHORT_TERM_CEILING);
    }

    static double clampTo(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }
}
