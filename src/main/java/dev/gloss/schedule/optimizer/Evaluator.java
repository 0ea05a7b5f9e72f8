package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Log loss and RMSE(bins) of a parameter set on training items, unweighted, exactly as the
 * reference defines them (README.md, "Metric definitions", {@code js_unweighted}).
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static Evaluation evaluate(List<Item> items, Parameters parameters) {
        double[] predictions = predictions(items, parameters.toArray());
        double lossSum = 0;
        Map<BinKey, double[]> bins = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double p = predictions[i];
            int y = item.label();
            lossSum += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
            double[] bin = bins.computeIfAbsent(binOf(item), k -> new double[3]);
            bin[0] += p;
            bin[1] += y;
            bin[2] += 1;
        }
        int n = items.size();
        if (n == 0) {
            return new Evaluation(0, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squares += gap * gap * bin[2];
        }
        return new Evaluation(n, lossSum / n, Math.sqrt(squares / n));
    }

    /** Predicted probability of recall for each item: R(delta_t, S after the earlier reviews). */
    static double[] predictions(List<Item> items, double[] w) {
        MemoryModel model = new MemoryModel(w);
        Map<CardHistory, double[]> stabilities = new IdentityHashMap<>();
        double[] predictions = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double[] before = stabilities.computeIfAbsent(item.history(), h -> stabilitiesBefore(model, h));
            predictions[i] = model.retrievability(item.currentDeltaT(), before[item.currentIndex()]);
        }
        return predictions;
    }

    /** stabilities[j] = S after the first j reviews of the history (index 0 unused). */
    private static double[] stabilitiesBefore(MemoryModel model, CardHistory history) {
        double[] result = new double[history.size()];
        double s = model.initialStability(history.rating(0));
        double d = model.initialDifficulty(history.rating(0));
        for (int j = 1; j < history.size(); j++) {
            result[j] = s;
            int rating = history.rating(j);
            double nextS = model.nextStability(s, d, history.deltaT(j), rating);
            d = model.nextDifficulty(d, rating);
            s = nextS;
        }
        return result;
    }

    /**
     * The benchmark's bin of an item: (round(2.48·3.62^⌊log_3.62 Δt⌋·100), round(1.99·1.89^⌊log_1.89 n⌋),
     * lapse bin) with n = long-term reviews in the item + 1 and the lapse bin 0 without earlier
     * long-term Again, else round(1.65·1.73^⌊log_1.73 lapses⌋).
     */
    static BinKey binOf(Item item) {
        double deltaT = item.currentDeltaT();
        long deltaTBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100);
        double length = item.longTermReviewCount() + 1;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.longTermLapseCount();
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return new BinKey(deltaTBin, lengthBin, lapseBin);
    }

    /** A bin; a plain class rather than a record so that hashing costs nothing to set up. */
    static final class BinKey {
        final long deltaTBin;
        final long lengthBin;
        final long lapseBin;

        BinKey(long deltaTBin, long lengthBin, long lapseBin) {
            this.deltaTBin = deltaTBin;
            this.lengthBin = lengthBin;
            this.lapseBin = lapseBin;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BinKey k && k.deltaTBin == deltaTBin && k.lengthBin == lengthBin
                    && k.lapseBin == lapseBin;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(deltaTBin * 961 + lengthBin * 31 + lapseBin);
        }
    }
}
