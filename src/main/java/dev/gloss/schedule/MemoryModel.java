package dev.gloss.schedule;

import static dev.gloss.schedule.ParameterLimits.S_MAX;
import static dev.gloss.schedule.ParameterLimits.S_MIN;
import static dev.gloss.schedule.ParameterLimits.clampTo;
import static dev.gloss.schedule.Rounding.round8;

/**
 * The FSRS-6 formulas for how S and D change with a review, as ts-fsrs 5.4.2 evaluates them: the same
 * operation order and the same 8-decimal roundings, so results match its vectors to the last digit.
 */
final class MemoryModel {
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;
    /** ts-fsrs never starts a card below this stability, whatever w0..w3 say. */
    private static final double MIN_INITIAL_STABILITY = 0.1;

    private final double[] w;
    private final boolean shortTerm;
    private final ForgettingCurve curve;

    /** @param w the 21 weights, already clamped; @param shortTerm ts-fsrs enable_short_term */
    MemoryModel(double[] w, boolean shortTerm) {
        this.w = w.clone();
        this.shortTerm = shortTerm;
        this.curve = ForgettingCurve.withDecay(w[20]);
    }

    ForgettingCurve curve() {
        return curve;
    }

    /**
     * S and D after answering with {@code grade} {@code elapsedDays} after the last review (a card without
     * memory gets its initial values).
     */
    MemoryState next(MemoryState memory, long elapsedDays, Rating grade) {
        if (memory.isNone()) {
            return new MemoryState(initialStability(grade), clampDifficulty(initialDifficulty(grade)));
        }
        if (memory.difficulty() < MIN_DIFFICULTY || memory.stability() < S_MIN) {
            throw new IllegalArgumentException("invalid memory state: stability " + memory.stability()
                    + ", difficulty " + memory.difficulty());
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays == 0 && shortTerm) {
            stability = sameDayStability(s, grade);
        } else {
            double r = curve.retrievability(elapsedDays, s);
            stability = grade == Rating.AGAIN ? stabilityAfterLapse(d, s, r) : recallStability(d, s, r, grade);
        }
        return new MemoryState(stability, nextDifficulty(d, grade));
    }

    double initialStability(Rating grade) {
        return Math.max(w[grade.value() - 1], MIN_INITIAL_STABILITY);
    }

    /** D0 before clamping; the mean reversion pulls toward the unclamped D0(Easy). */
    double initialDifficulty(Rating grade) {
        return round8(w[4] - StrictMath.exp((grade.value() - 1) * w[5]) + 1);
    }

    double nextDifficulty(double d, Rating grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = d + round8(delta * (10 - d) / 9); // linear damping: smaller steps near D = 10
        double reverted = round8(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
        return clampDifficulty(reverted);
    }

    double recallStability(double d, double s, double r, Rating grade) {
        double hardPenalty = grade == Rating.HARD ? w[15] : 1;
        double easyBonus = grade == Rating.EASY ? w[16] : 1;
        double growth = StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus;
        return round8(clampTo(s * (1 + growth), S_MIN, S_MAX));
    }

    /** S after forgetting, before the post-lapse cap. */
    double forgetStability(double d, double s, double r) {
        double raw = w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return round8(clampTo(raw, S_MIN, S_MAX));
    }

    /**
     * S after Again on another day: the forget formula, but never above S / e^{w17·w18}, the stability
     * the same-day reviews of relearning could at most rebuild (just S without short-term scheduling).
     */
    double stabilityAfterLapse(double d, double s, double r) {
        double sameDayBoost = shortTerm ? w[17] * w[18] : 0;
        double cap = round8(s / StrictMath.exp(sameDayBoost));
        return clampTo(cap, S_MIN, forgetStability(d, s, r));
    }

    /** S after a review on the day of the previous one; passing grades never lower it. */
    double sameDayStability(double s, Rating grade) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (grade.value() - 3 + w[18]));
        if (grade != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return round8(clampTo(s * increase, S_MIN, S_MAX));
    }

    private static double clampDifficulty(double d) {
        return clampTo(d, MIN_DIFFICULTY, MAX_DIFFICULTY);
    }
}
