package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Initial stabilities w0..w3 from first-interval outcomes, as fsrs-rs pre-trains them: for each first
 * rating, the (interval, recall rate, count) points of items with exactly one long-term review are
 * fitted with a one-dimensional search for S0 on the default forgetting curve (recall rates smoothed
 * toward the average recall, a small pull toward the default S0); missing ratings are then filled
 * from the fitted ones and the four values made increasing.
 */
final class PreTraining {
    private static final double S0_MAX = 100;
    private static final double DEFAULT_DECAY = -Parameters.defaults().w(20);
    private static final double DEFAULT_FACTOR = Math.pow(0.9, 1 / DEFAULT_DECAY) - 1;
    /** Fill-in exponents of fsrs-rs's smooth_and_fill (S0 of a missing rating as a geometric blend). */
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    /**
     * @param stabilities S0 for ratings 1..4 (index 0..3)
     * @param counts      number of first-interval items per first rating (index 1..4; index 0 unused)
     */
    record Result(double[] stabilities, int[] counts) {
    }

    private record Point(int deltaT, double recall, int count) {
    }

    private PreTraining() {
    }

    /** Empty if no item has exactly one long-term review. */
    static java.util.Optional<Result> fit(List<Item> initializationItems, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (Item item : initializationItems) {
            int index = item.firstLongTermIndex();
            int[] tally = groups.computeIfAbsent(item.history().rating(0), r -> new TreeMap<>())
                    .computeIfAbsent(item.history().deltaT(index), t -> new int[2]);
            tally[0] += item.history().rating(index) > 1 ? 1 : 0;
            tally[1]++;
        }
        int[] counts = new int[5];
        Double[] fitted = new Double[5];
        for (Map.Entry<Integer, Map<Integer, int[]>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Point> points = new ArrayList<>();
            for (Map.Entry<Integer, int[]> e : byRating.getValue().entrySet()) {
                int[] tally = e.getValue();
                points.add(new Point(e.getKey(), (double) tally[0] / tally[1], tally[1]));
                counts[rating] += tally[1];
            }
            fitted[rating] = search(points, averageRecall, Parameters.defaults().w(rating - 1));
        }
        if (groups.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Result(smoothAndFill(fitted, counts), counts));
    }

    /** Ternary search of S0 in [0.001, 100] minimising count-weighted log loss + |S0 − default| / 16. */
    private static double search(List<Point> points, double averageRecall, double defaultS0) {
        double low = MemoryModel.S_MIN;
        double high = S0_MAX;
        double best = defaultS0;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double third1 = low + (high - low) / 3;
            double third2 = high - (high - low) / 3;
            double previousLow = low;
            double previousHigh = high;
            if (loss(points, averageRecall, third1, defaultS0) < loss(points, averageRecall, third2, defaultS0)) {
                high = third2;
            } else {
                low = third1;
            }
            best = (high + low) / 2;
            // Near S0 ≥ 1 the gap cannot shrink below one ulp of 1.0; once an iteration changes nothing,
            // the remaining ones (up to fsrs-rs's 1000) would not either.
            if (low == previousLow && high == previousHigh) {
                break;
            }
        }
        return best;
    }

    private static double loss(List<Point> points, double averageRecall, double s0, double defaultS0) {
        double sum = 0;
        for (Point point : points) {
            // Laplace smoothing: one pseudo-observation at the average recall
            double recall = (point.recall() * point.count() + averageRecall) / (point.count() + 1);
            double p = Math.pow(1 + DEFAULT_FACTOR * point.deltaT() / s0, DEFAULT_DECAY);
            sum += -(recall * Math.log(p) + (1 - recall) * Math.log(1 - p)) * point.count();
        }
        return sum + Math.abs(s0 - defaultS0) / 16;
    }

    /**
     * fsrs-rs smooth_and_fill: ratings without data are dropped, an S0 above the next rating's is
     * levelled toward the better supported of the two, missing ratings are filled as geometric blends
     * of the present ones, and everything is clamped to [0.001, 100].
     *
     * @param byRating S0 per rating (index 1..4, null if absent)
     * @param counts   items per rating (index 1..4)
     */
    static double[] smoothAndFill(Double[] byRating, int[] counts) {
        Double[] s = new Double[5];
        for (int r = 1; r <= 4; r++) {
            s[r] = counts[r] > 0 ? byRating[r] : null;
        }
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            int small = pair[0];
            int big = pair[1];
            if (s[small] != null && s[big] != null && s[small] > s[big]) {
                if (counts[small] > counts[big]) {
                    s[big] = s[small];
                } else {
                    s[small] = s[big];
                }
            }
        }
        int present = 0;
        for (int r = 1; r <= 4; r++) {
            present += s[r] != null ? 1 : 0;
        }
        double[] result = new double[4];
        if (present == 1) {
            int rating = 1;
            while (s[rating] == null) {
                rating++;
            }
            double scale = s[rating] / Parameters.defaults().w(rating - 1);
            for (int r = 1; r <= 4; r++) {
                result[r - 1] = Parameters.defaults().w(r - 1) * scale;
            }
        } else {
            fillMissing(s);
            for (int r = 1; r <= 4; r++) {
                result[r - 1] = s[r];
            }
        }
        for (int i = 0; i < 4; i++) {
            result[i] = MemoryModel.clamp(result[i], MemoryModel.S_MIN, S0_MAX);
        }
        return result;
    }

    private static void fillMissing(Double[] s) {
        boolean has1 = s[1] != null;
        boolean has2 = s[2] != null;
        boolean has3 = s[3] != null;
        boolean has4 = s[4] != null;
        if (has1 && has2 && has3 && has4) {
            return;
        }
        if (!has1 && !has2 && has3 && has4) {
            s[2] = Math.pow(s[3], 1 / (1 - W2)) * Math.pow(s[4], 1 - 1 / (1 - W2));
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (!has1 && has2 && !has3 && has4) {
            s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (!has1 && has2 && has3 && !has4) {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (has1 && !has2 && !has3 && has4) {
            double blend = W1 + W2 - W1 * W2;
            s[2] = Math.pow(s[1], W1 / blend) * Math.pow(s[4], 1 - W1 / blend);
            s[3] = Math.pow(s[1], 1 - W2 / blend) * Math.pow(s[4], W2 / blend);
        } else if (has1 && !has2 && has3 && !has4) {
            s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        } else if (has1 && has2 && !has3 && !has4) {
            s[3] = Math.pow(s[1], 1 - 1 / (1 - W1)) * Math.pow(s[2], 1 / (1 - W1));
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        } else if (!has1 && has2 && has3) {
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (has1 && !has2 && has3) {
            s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
        } else if (has2 && !has3 && has4) {
            s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
        } else if (has2 && has3) {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        }
    }
}
