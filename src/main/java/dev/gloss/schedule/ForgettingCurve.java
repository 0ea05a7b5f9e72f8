package dev.gloss.schedule;

import static dev.gloss.schedule.Rounding.round8;

/**
 * FSRS-6's power forgetting curve R(t, S) = (1 + factor·t/S)^decay with decay = −w20, where factor is
 * chosen so that R(S, S) = 90%. Math is done with {@link StrictMath} (fdlibm), which is what V8 runs
 * for Math.pow/exp/log; that keeps the 8-decimal results equal to ts-fsrs's.
 */
record ForgettingCurve(double decay, double factor) {

    static ForgettingCurve withDecay(double w20) {
        double decay = -w20;
        // ts-fsrs rounds the factor to 8 decimals before every use.
        double factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1);
        return new ForgettingCurve(decay, factor);
    }

    /** R after {@code elapsedDays} at this stability, rounded to 8 decimals as ts-fsrs does. */
    double retrievability(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** The factor turning S into the interval at which R falls to {@code desiredRetention} (1 at 90%). */
    double intervalModifier(double desiredRetention) {
        return round8((StrictMath.pow(desiredRetention, 1 / decay) - 1) / factor);
    }
}
