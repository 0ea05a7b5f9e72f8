package dev.gloss.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Calibration of FSRS's predictions: which answers count, their bins, and the error measures. */
public final class Calibrations {
    public static final int BINS = 20;
    /** Probabilities are floored here before taking logs, so one confident miss cannot make the log loss infinite. */
    public static final double MIN_PROBABILITY = 1e-4;

    private Calibrations() {
    }

    /**
     * Answers with a prediction (between 0 and 1) given at least one study day after the card's previous answer.
     * Same-day answers (learning steps) are left out: FSRS's day-based curve predicts R = 1 for them, which says
     * nothing.
     */
    public static boolean counts(ReviewRow row) {
        return row.retrievability() != null && row.elapsedDays() >= 1 && row.retrievability() >= 0
                && row.retrievability() <= 1;
    }

    public static int binOf(double predicted) {
        return Math.min((int) (predicted * BINS), BINS - 1);
    }

    /** ln of the probability the prediction gave to what happened, floored at {@link #MIN_PROBABILITY}. */
    public static double logLikelihood(double predicted, boolean recalled) {
        return Math.log(Math.max(recalled ? predicted : 1 - predicted, MIN_PROBABILITY));
    }

    /** The groups the store's calibration query returns, computed from rows (for tests and imports). */
    public static List<CalibrationGroup> groupsOf(Collection<ReviewRow> rows) {
        Map<Long, double[]> sums = new TreeMap<>();
        for (ReviewRow r : rows) {
            if (!counts(r)) {
                continue;
            }
            double p = r.retrievability();
            long key = binOf(p) * 8L + r.rating();
            double[] s = sums.computeIfAbsent(key, k -> new double[4]);
            s[0]++;
            s[1] += p;
            s[2] += p * p;
            s[3] += logLikelihood(p, r.recalled());
        }
        List<CalibrationGroup> out = new ArrayList<>();
        sums.forEach((key, s) -> out.add(new CalibrationGroup((int) (key / 8), (int) (key % 8), (long) s[0], s[1],
                s[2], s[3])));
        return out;
    }

    static StatsReport.Calibration of(Collection<CalibrationGroup> groups) {
        long[] answers = new long[BINS];
        long[] recalled = new long[BINS];
        double[] sumPredicted = new double[BINS];
        double squaredError = 0;
        double logLikelihood = 0;
        for (CalibrationGroup g : groups) {
            int b = g.bin();
            answers[b] += g.answers();
            sumPredicted[b] += g.sumPredicted();
            logLikelihood += g.sumLogLikelihood();
            if (g.recalled()) {
                recalled[b] += g.answers();
                // sum of (1 - p)^2 = n - 2 sum p + sum p^2
                squaredError += g.answers() - 2 * g.sumPredicted() + g.sumPredictedSquared();
            } else {
                squaredError += g.sumPredictedSquared();
            }
        }
        List<StatsReport.CalibrationBin> bins = new ArrayList<>();
        long total = 0;
        long totalRecalled = 0;
        double totalPredicted = 0;
        double binnedSquares = 0;
        for (int b = 0; b < BINS; b++) {
            Double mean = answers[b] == 0 ? null : sumPredicted[b] / answers[b];
            bins.add(new StatsReport.CalibrationBin((double) b / BINS, (double) (b + 1) / BINS, answers[b],
                    recalled[b], mean));
            total += answers[b];
            totalRecalled += recalled[b];
            totalPredicted += sumPredicted[b];
            if (answers[b] > 0) {
                double gap = (double) recalled[b] / answers[b] - mean;
                binnedSquares += answers[b] * gap * gap;
            }
        }
        if (total == 0) {
            return new StatsReport.Calibration(bins, 0, 0, null, null, null, null);
        }
        return new StatsReport.Calibration(bins, total, totalRecalled, totalPredicted / total,
                -logLikelihood / total, Math.sqrt(Math.max(0, squaredError) / total), Math.sqrt(binnedSquares / total));
    }
}
