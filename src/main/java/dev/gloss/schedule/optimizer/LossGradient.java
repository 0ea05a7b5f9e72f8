package dev.gloss.schedule.optimizer;

import static dev.gloss.schedule.optimizer.MemoryModel.D_MAX;
import static dev.gloss.schedule.optimizer.MemoryModel.D_MIN;
import static dev.gloss.schedule.optimizer.MemoryModel.LN_09;
import static dev.gloss.schedule.optimizer.MemoryModel.S_MAX;
import static dev.gloss.schedule.optimizer.MemoryModel.S_MIN;

/**
 * Weighted binary cross-entropy of a set of card sequences and its exact gradient with respect to
 * the 21 weights, derived by hand. Each card's reviews are replayed once while the derivatives of
 * S and D with respect to every weight are carried along (forward-mode differentiation through the
 * recurrence); every item ending on the way adds its loss and gradient. Values match
 * {@link MemoryModel} exactly. A clamp that bites passes no gradient, as in fsrs-rs.
 */
final class LossGradient {
    private static final int N = 21;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double factorDerivative;
    private final double expW8;
    private final double meanReversionTarget;
    private final double expThreeW5;
    private final double capFactor;

    // Tangents dS/dw and dD/dw of the current state (D depends on w4..w7 only).
    private final double[] dS = new double[N];
    private final double[] dD = new double[N];

    LossGradient(double[] w) {
        this.w = w.clone();
        this.decay = -w[20];
        this.factor = Math.exp(LN_09 / decay) - 1;
        // factor = e^{−ln 0.9 / w20} − 1  ⇒  d factor / d w20 = (factor + 1)·ln 0.9 / w20²
        this.factorDerivative = (factor + 1) * LN_09 / (w[20] * w[20]);
        this.expW8 = Math.exp(w[8]);
        this.expThreeW5 = Math.exp(3 * w[5]);
        this.meanReversionTarget = w[4] - expThreeW5 + 1;
        this.capFactor = Math.exp(-w[17] * w[18]);
    }

    /**
     * Adds the gradient of Σ weight·BCE over the sequences {@code order[from..to)} to {@code gradient}
     * and returns that loss sum.
     */
    double accumulate(TrainingSet set, int[] order, int from, int to, double[] gradient) {
        double loss = 0;
        for (int k = from; k < to; k++) {
            loss += sequence(set, order[k], gradient);
        }
        return loss;
    }

    /** Loss only, no gradient (for validation between epochs). */
    double loss(TrainingSet set) {
        return loss(set, 0, set.sequenceCount());
    }

    /** Loss of the sequences {@code [from, to)}, no gradient. */
    double loss(TrainingSet set, int from, int to) {
        MemoryModel model = new MemoryModel(w);
        double loss = 0;
        for (int k = from; k < to; k++) {
            int begin = set.start[k];
            int end = set.start[k + 1];
            double s = model.initialStability(set.ratings[begin]);
            double d = model.initialDifficulty(set.ratings[begin]);
            for (int j = begin + 1; j < end; j++) {
                int rating = set.ratings[j];
                int deltaT = set.deltaTs[j];
                double weight = set.weights[j];
                if (weight != 0) {
                    double p = model.retrievability(deltaT, s);
                    loss += weight * (rating > 1 ? -Math.log(p) : -Math.log(1 - p));
                }
                if (j + 1 < end) {
                    double nextS = model.nextStability(s, d, deltaT, rating);
                    d = model.nextDifficulty(d, rating);
                    s = nextS;
                }
            }
        }
        return loss;
    }

    private double sequence(TrainingSet set, int k, double[] gradient) {
        int begin = set.start[k];
        int end = set.start[k + 1];
        java.util.Arrays.fill(dS, 0);
        java.util.Arrays.fill(dD, 0);

        int first = set.ratings[begin];
        double s = w[first - 1];
        if (s < S_MIN || s > S_MAX) {
            s = MemoryModel.clamp(s, S_MIN, S_MAX);
        } else {
            dS[first - 1] = 1;
        }
        double growth = Math.exp(w[5] * (first - 1));
        double d = w[4] - growth + 1;
        if (d < D_MIN || d > D_MAX) {
            d = MemoryModel.clamp(d, D_MIN, D_MAX);
        } else {
            dD[4] = 1;
            dD[5] = -(first - 1) * growth;
        }

        double loss = 0;
        for (int j = begin + 1; j < end; j++) {
            int rating = set.ratings[j];
            int deltaT = set.deltaTs[j];
            double weight = set.weights[j];
            double r = 1;
            double rBySBase = 0;
            double rByW20 = 0;
            if (deltaT > 0) {
                // R = u^decay, u = 1 + factor·t/S
                double ratio = deltaT / s;
                double u = 1 + factor * ratio;
                double logU = Math.log(u);
                r = Math.exp(decay * logU);
                rBySBase = r * decay * (-factor * ratio / s) / u;
                rByW20 = r * (-logU - w[20] * ratio * factorDerivative / u);
            }
            if (weight != 0) {
                // d BCE / dR = −1/R if recalled, 1/(1 − R) if forgotten
                double lossByR;
                if (rating > 1) {
                    loss -= weight * Math.log(r);
                    lossByR = -weight / r;
                } else {
                    loss -= weight * Math.log(1 - r);
                    lossByR = weight / (1 - r);
                }
                double byS = lossByR * rBySBase;
                for (int i = 0; i < N; i++) {
                    gradient[i] += byS * dS[i];
                }
                gradient[20] += lossByR * rByW20;
            }
            if (j + 1 == end) {
                break;
            }
            s = step(s, d, deltaT, rating, r, rBySBase, rByW20);
            d = stepDifficulty(d, rating);
        }
        return loss;
    }

    /** New S; updates dS (using the old dD, which is non-zero only for w4..w7). */
    private double step(double s, double d, int deltaT, int rating, double r, double rByS, double rByW20) {
        double next;
        double byS;
        double byD = 0;
        if (deltaT == 0) {
            // Same day: SInc = e^{w17·(G − 3 + w18)} · S^{−w19}, at least 1 for G ≥ 2
            double offset = rating - 3 + w[18];
            double logS = Math.log(s);
            double increase = Math.exp(w[17] * offset - w[19] * logS);
            if (rating >= 2 && increase < 1) {
                return s;   // S unchanged, and so are its derivatives
            }
            next = s * increase;
            if (outOfRange(next)) {
                return MemoryModel.clamp(next, S_MIN, S_MAX);
            }
            scale(increase * (1 - w[19]), 0);
            dS[17] += next * offset;
            dS[18] += next * w[17];
            dS[19] -= next * logS;
            return next;
        }
        if (rating == 1) {
            // Forget: S_f = w11·D^{−w12}·((S+1)^{w13} − 1)·e^{w14·(1−R)}, capped at S·e^{−w17·w18}
            double logD = Math.log(d);
            double logS1 = Math.log(s + 1);
            double dPow = Math.exp(-w[12] * logD);
            double sPow = Math.exp(w[13] * logS1);
            double retention = Math.exp(w[14] * (1 - r));
            double forget = w[11] * dPow * (sPow - 1) * retention;
            double cap = s * capFactor;
            if (cap < forget) {
                if (outOfRange(cap)) {
                    return MemoryModel.clamp(cap, S_MIN, S_MAX);
                }
                scale(capFactor, 0);
                dS[17] -= w[18] * cap;
                dS[18] -= w[17] * cap;
                return cap;
            }
            next = forget;
            if (outOfRange(next)) {
                return MemoryModel.clamp(next, S_MIN, S_MAX);
            }
            double byR = -w[14] * forget;
            byS = w[11] * dPow * w[13] * sPow / (s + 1) * retention + byR * rByS;
            byD = -w[12] * forget / d;
            scale(byS, byD);
            dS[11] += dPow * (sPow - 1) * retention;
            dS[12] -= forget * logD;
            dS[13] += w[11] * dPow * sPow * logS1 * retention;
            dS[14] += forget * (1 - r);
            dS[20] += byR * rByW20;
            return next;
        }
        // Recall: S_r = S·(1 + A), A = e^{w8}·(11 − D)·S^{−w9}·(e^{w10·(1−R)} − 1)·h·b
        double hard = rating == 2 ? w[15] : 1;
        double easy = rating == 4 ? w[16] : 1;
        double logS = Math.log(s);
        double growth = Math.exp(w[10] * (1 - r));
        double base = expW8 * Math.exp(-w[9] * logS);   // e^{w8}·S^{−w9}
        double bonus = base * (11 - d) * hard * easy;
        double a = bonus * (growth - 1);
        next = s * (1 + a);
        if (outOfRange(next)) {
            return MemoryModel.clamp(next, S_MIN, S_MAX);
        }
        double byR = -s * bonus * growth * w[10];
        byS = 1 + a * (1 - w[9]) + byR * rByS;
        byD = -s * base * (growth - 1) * hard * easy;
        scale(byS, byD);
        dS[8] += s * a;
        dS[9] -= s * a * logS;
        dS[10] += s * bonus * growth * (1 - r);
        if (rating == 2) {
            dS[15] += s * base * (11 - d) * easy * (growth - 1);
        } else if (rating == 4) {
            dS[16] += s * base * (11 - d) * hard * (growth - 1);
        }
        dS[20] += byR * rByW20;
        return next;
    }

    /** A clamp that bites: S is pinned to the bound and no longer depends on the weights. */
    private boolean outOfRange(double next) {
        if (next < S_MIN || next > S_MAX) {
            java.util.Arrays.fill(dS, 0);
            return true;
        }
        return false;
    }

    /** dS ← byS·dS + byD·dD (dD lives in w4..w7 only). */
    private void scale(double byS, double byD) {
        for (int i = 0; i < N; i++) {
            dS[i] *= byS;
        }
        if (byD != 0) {
            for (int i = 4; i <= 7; i++) {
                dS[i] += byD * dD[i];
            }
        }
    }

    /** New D; updates dD. D' = D + (10 − D)·(−w6·(G − 3))/9, then w7·(D0(4) − D') + D', clamped. */
    private double stepDifficulty(double d, int rating) {
        double delta = -w[6] * (rating - 3);
        double damped = d + (10 - d) * (delta / 9);
        double reverted = w[7] * (meanReversionTarget - damped) + damped;
        if (reverted < D_MIN || reverted > D_MAX) {
            java.util.Arrays.fill(dD, 0);
            return MemoryModel.clamp(reverted, D_MIN, D_MAX);
        }
        double keep = (1 - w[7]) * (1 - delta / 9);
        for (int i = 4; i <= 7; i++) {
            dD[i] *= keep;
        }
        dD[4] += w[7];
        dD[5] -= 3 * w[7] * expThreeW5;
        dD[6] += (1 - w[7]) * (10 - d) * (-(rating - 3)) / 9.0;
        dD[7] += meanReversionTarget - damped;
        return reverted;
    }
}
