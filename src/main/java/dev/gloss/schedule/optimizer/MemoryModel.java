package dev.gloss.schedule.optimizer;

/**
 * The FSRS-6 memory model with the semantics the optimizer fsrs-rs trains and evaluates with
 * (ALGORITHM.md §9): plain double precision, no 8-decimal rounding, S0 = w[G-1] clamped to
 * [0.001, 36500], D0 clamped to [1, 10], the post-lapse cap S / e^{w17·w18} always applied, and the
 * same-day formula whenever delta_t = 0.
 */
final class MemoryModel {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    static final double D_MIN = 1;
    static final double D_MAX = 10;
    static final double LN_09 = Math.log(0.9);

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double expW8;
    private final double meanReversionTarget;
    private final double postLapseCap;

    MemoryModel(double[] w) {
        this.w = w.clone();
        this.decay = -w[20];
        this.factor = Math.exp(LN_09 / decay) - 1;
        this.expW8 = Math.exp(w[8]);
        this.meanReversionTarget = w[4] - Math.exp(3 * w[5]) + 1;
        this.postLapseCap = Math.exp(w[17] * w[18]);
    }

    /** R(t, S) = (1 + factor·t/S)^decay, factor = 0.9^{1/decay} − 1, decay = −w20. */
    double retrievability(double t, double s) {
        return Math.pow(1 + factor * t / s, decay);
    }

    double initialStability(int rating) {
        return clamp(w[rating - 1], S_MIN, S_MAX);
    }

    double initialDifficulty(int rating) {
        return clamp(w[4] - Math.exp(w[5] * (rating - 1)) + 1, D_MIN, D_MAX);
    }

    /** Stability after a later review with the given rating, delta_t days after the previous one. */
    double nextStability(double s, double d, int deltaT, int rating) {
        double next;
        if (deltaT == 0) {
            double increase = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
            if (rating >= 2 && increase < 1) {
                increase = 1;
            }
            next = s * increase;
        } else {
            double r = retrievability(deltaT, s);
            if (rating == 1) {
                double forget = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1)
                        * Math.exp(w[14] * (1 - r));
                double cap = s / postLapseCap;
                next = cap < forget ? cap : forget;
            } else {
                double hardPenalty = rating == 2 ? w[15] : 1;
                double easyBonus = rating == 4 ? w[16] : 1;
                next = s * (1 + expW8 * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                        * hardPenalty * easyBonus);
            }
        }
        return clamp(next, S_MIN, S_MAX);
    }

    /** Difficulty after a later review: linear damping, then mean reversion toward the unclamped D0(4). */
    double nextDifficulty(double d, int rating) {
        double damped = d + (10 - d) * (-w[6] * (rating - 3) / 9);
        double reverted = w[7] * (meanReversionTarget - damped) + damped;
        return clamp(reverted, D_MIN, D_MAX);
    }

    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : (x > hi ? hi : x);
    }
}
