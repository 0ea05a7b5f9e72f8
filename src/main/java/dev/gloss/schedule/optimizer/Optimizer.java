package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * minimum Anki asked for (400 reviews) so that 21 weights are not fitted to noise. The count must
     * also hold after fsrs-rs's outlier filter, and some card must have a first-interval outcome to
     * pre-train on.
     */
    public static final int MINIMUM_ITEMS = 400;

    private Optimizer() {
    }

    public static FitResult fit(List<Item> items, FitOptions options, ProgressListener listener) {
        // An item is predicted across at least one day; the training items built here always are.
        List<Item> usable = items.stream().filter(item -> item.currentDeltaT() > 0).toList();
        Evaluation current = Evaluator.evaluate(usable, options.currentParameters());
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
        return new FitResult(FitResult.Status.FITTED, fitted, current, Evaluator.evaluate(usable, fitted),
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

    /** Recency weights 0.25 + 0.75·(i / (N − 1))³ over the items in time order, then Adam. */
    private static double[] train(List<Item> itemsInTimeOrder, double[] start, FitOptions options,
                                  ProgressListener listener) {
        List<Item> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double denominator = Math.max(1, itemsInTimeOrder.size() - 1);
        for (int i = 0; i < itemsInTimeOrder.size(); i++) {
            Item item = itemsInTimeOrder.get(i);
            if (item.length() <= options.maxSequenceLength()) {
                items.add(item);
                double position = i / denominator;
                weights.add(0.25 + 0.75 * position * position * position);
            }
        }
        TrainingSet set = TrainingSet.of(items, weights.stream().mapToDouble(Double::doubleValue).toArray());
        try (AdamTraining training = new AdamTraining(set, start, options)) {
            return training.run(listener);
        }
    }

}
