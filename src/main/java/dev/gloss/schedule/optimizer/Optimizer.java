package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Fits the 21 FSRS-6 weights to a review history the way fsrs-rs does: outlier filter, pre-training
 * of the initial stabilities, then Adam on mini-batches with a cosine-annealed learning rate,
 * recency-weighted log loss plus an L2 pull toward the starting point, clamping to the documented
 * ranges after every step, and the best epoch kept. Gradients are exact (see {@link LossGradient}).
 * Deterministic: the same items and options give bit-identical parameters.
 */
public final class Optimizer {
    /**
     * Fewest training items (reviews of a card seen on an earlier day) the optimizer fits on. fsrs-rs
     * itself returns the defaults below 8 items and only pre-trains w0..w3 below 64; 400 follows the
     * minimum Anki asked for (400 reviews) so that 21 weights are not fitted to noise.
     */
    public static final int MINIMUM_ITEMS = 400;

    /** Spread of each weight across users (fsrs-rs PARAMS_STDDEV): the L2 pull is scaled by 1/σ². */
    private static final double[] SPREAD = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
            0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

    private Optimizer() {
    }

    public static FitResult fit(List<Item> items, FitOptions options, ProgressListener listener) {
        Evaluation current = Evaluator.evaluate(items, options.currentParameters());
        List<Item> usable = items.stream().filter(item -> item.currentDeltaT() > 0).toList();
        if (usable.size() < MINIMUM_ITEMS) {
            return notEnough(options, current, usable.size());
        }
        OutlierFilter.Split split = OutlierFilter.apply(usable);
        List<Item> training = split.training();
        Optional<PreTraining.Result> pretrained = PreTraining.fit(split.initialization(), averageRecall(training));
        if (pretrained.isEmpty() || training.size() < MINIMUM_ITEMS) {
            return notEnough(options, current, usable.size());
        }
        double[] start = Parameters.defaults().toArray();
        System.arraycopy(pretrained.get().stabilities(), 0, start, 0, 4);
        if (!options.enableShortTerm()) {
            start[17] = 0;
            start[18] = 0;
            start[19] = 0;
        }
        double[] best = train(training, start, options, listener);

        Double[] initial = new Double[5];
        for (int r = 1; r <= 4; r++) {
            initial[r] = best[r - 1];
        }
        System.arraycopy(PreTraining.smoothAndFill(initial, pretrained.get().counts()), 0, best, 0, 4);
        Parameters fitted = Parameters.of(best);
        return new FitResult(FitResult.Status.FITTED, fitted, current, Evaluator.evaluate(items, fitted),
                usable.size(), MINIMUM_ITEMS);
    }

    private static FitResult notEnough(FitOptions options, Evaluation current, int items) {
        return new FitResult(FitResult.Status.NOT_ENOUGH_HISTORY, options.currentParameters(), current, current,
                items, MINIMUM_ITEMS);
    }

    private static double averageRecall(List<Item> items) {
        if (items.isEmpty()) {
            return 0;
        }
        long recalled = items.stream().filter(item -> item.label() == 1).count();
        return (double) recalled / items.size();
    }

    /** Recency weights 0.25 + 0.75·(i / (N − 1))³ over the items in time order; then training proper. */
    private static double[] train(List<Item> itemsInTimeOrder, double[] start, FitOptions options,
                                  ProgressListener listener) {
        List<Item> items = new ArrayList<>();
        List<Double> weightList = new ArrayList<>();
        double denominator = Math.max(1, itemsInTimeOrder.size() - 1);
        for (int i = 0; i < itemsInTimeOrder.size(); i++) {
            Item item = itemsInTimeOrder.get(i);
            if (item.length() <= options.maxSequenceLength()) {
                items.add(item);
                double position = i / denominator;
                weightList.add(0.25 + 0.75 * position * position * position);
            }
        }
        double[] weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
        TrainingSet set = TrainingSet.of(items, weights);
        int itemCount = set.itemCount;

        int batchesPerEpoch = Math.max(1, (itemCount + options.batchSize() - 1) / options.batchSize());
        int totalSteps = batchesPerEpoch * options.epochs();
        CosineAnnealing schedule = new CosineAnnealing(options.learningRate(),
                (double) (itemCount / options.batchSize() + 1) * options.epochs());
        Adam adam = new Adam(Parameters.COUNT);
        Random random = new Random(options.seed());

        double[] w = start.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        int[] order = new int[set.sequenceCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] gradient = new double[Parameters.COUNT];
        int done = 0;
        listener.progress(0, totalSteps);
        try (SplitGradient batches = new SplitGradient()) {
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                shuffle(order, random);
                int from = 0;
                int cumulative = 0;
                for (int batch = 0; batch < batchesPerEpoch; batch++) {
                    // end the batch where the running item count reaches its share of the epoch
                    long target = (long) itemCount * (batch + 1) / batchesPerEpoch;
                    int to = from;
                    int batchItems = 0;
                    while (to < order.length && (cumulative < target || batch == batchesPerEpoch - 1)) {
                        cumulative += set.itemCounts[order[to]];
                        batchItems += set.itemCounts[order[to]];
                        to++;
                    }
                    if (to > from) {
                        java.util.Arrays.fill(gradient, 0);
                        batches.accumulate(w, set, order, from, to, gradient);
                        addPenaltyGradient(w, start, options.gamma() * batchItems / itemCount, gradient);
                        if (!options.enableShortTerm()) {
                            freezeInitialAndShortTerm(gradient);
                        }
                        adam.step(w, gradient, schedule.next());
                        ParameterBounds.clamp(w, options.enableShortTerm(), options.relearningSteps());
                    }
                    from = to;
                    listener.progress(++done, totalSteps);
                }
                double loss = (batches.loss(w, set) + options.gamma() * penalty(w, start)) / itemCount;
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = w.clone();
                }
            }
        }
        return best;
    }

    /** Σ (w − w_start)² / σ² (fsrs-rs l2_regularization before its batch scaling). */
    private static double penalty(double[] w, double[] start) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double gap = w[i] - start[i];
            sum += gap * gap / (SPREAD[i] * SPREAD[i]);
        }
        return sum;
    }

    private static void addPenaltyGradient(double[] w, double[] start, double scale, double[] gradient) {
        for (int i = 0; i < w.length; i++) {
            gradient[i] += scale * 2 * (w[i] - start[i]) / (SPREAD[i] * SPREAD[i]);
        }
    }

    /** Short-term off: fsrs-rs keeps the pre-trained w0..w3 and w17..w19 = 0. */
    private static void freezeInitialAndShortTerm(double[] gradient) {
        for (int i : new int[] {0, 1, 2, 3, 17, 18, 19}) {
            gradient[i] = 0;
        }
    }

    /** Fisher–Yates with the given generator, so the order depends only on the seed. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
