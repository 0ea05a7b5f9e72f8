package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

import java.util.Arrays;
import java.util.Random;

/**
 * The training loop of fsrs-rs: per epoch, cards in a seeded random order cut into mini-batches of
 * about {@code batchSize} items; per batch, the summed weighted log loss plus the L2 pull
 * γ·(batch items / all items)·Σ (w − w_start)²/σ², one Adam step at the cosine-annealed rate, and
 * clamping. After each epoch the whole-set loss (plus γ·penalty, over the item count) is measured
 * and the best epoch's weights are kept.
 */
final class AdamTraining implements AutoCloseable {
    /** Spread of each weight across users (fsrs-rs PARAMS_STDDEV): the L2 pull is scaled by 1/σ². */
    private static final double[] SPREAD = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
            0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
    /** Short-term off: fsrs-rs keeps the pre-trained w0..w3 and w17..w19 = 0. */
    private static final int[] FROZEN_WITHOUT_SHORT_TERM = {0, 1, 2, 3, 17, 18, 19};

    private final TrainingSet set;
    private final double[] start;
    private final FitOptions options;
    private final int batchesPerEpoch;
    private final CosineAnnealing schedule;
    private final Adam adam = new Adam(Parameters.COUNT);
    private final SplitGradient gradients = new SplitGradient();
    private final double[] w;
    private final double[] gradient = new double[Parameters.COUNT];
    private final int[] order;

    AdamTraining(TrainingSet set, double[] start, FitOptions options) {
        this.set = set;
        this.start = start.clone();
        this.options = options;
        this.w = start.clone();
        int items = set.itemCount;
        this.batchesPerEpoch = Math.max(1, (items + options.batchSize() - 1) / options.batchSize());
        // fsrs-rs anneals over (items / batch + 1) · epochs steps
        this.schedule = new CosineAnnealing(options.learningRate(),
                (double) (items / options.batchSize() + 1) * options.epochs());
        this.order = new int[set.sequenceCount()];
        Arrays.setAll(order, i -> i);
    }

    double[] run(ProgressListener listener) {
        Random random = new Random(options.seed());
        int totalSteps = batchesPerEpoch * options.epochs();
        int done = 0;
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        listener.progress(0, totalSteps);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(random);
            int from = 0;
            int itemsSoFar = 0;
            for (int batch = 0; batch < batchesPerEpoch; batch++) {
                // the batch ends where the running item count reaches its share of the epoch
                long target = (long) set.itemCount * (batch + 1) / batchesPerEpoch;
                boolean last = batch == batchesPerEpoch - 1;
                int to = from;
                while (to < order.length && (itemsSoFar < target || last)) {
                    itemsSoFar += set.itemCounts[order[to++]];
                }
                if (to > from) {
                    step(from, to);
                }
                from = to;
                listener.progress(++done, totalSteps);
            }
            double loss = (gradients.loss(w, set) + options.gamma() * penalty()) / set.itemCount;
            if (loss < bestLoss) {
                bestLoss = loss;
                System.arraycopy(w, 0, best, 0, w.length);
            }
        }
        return best;
    }

    private void step(int from, int to) {
        int batchItems = 0;
        for (int k = from; k < to; k++) {
            batchItems += set.itemCounts[order[k]];
        }
        Arrays.fill(gradient, 0);
        gradients.accumulate(w, set, order, from, to, gradient);
        double scale = options.gamma() * batchItems / set.itemCount;
        for (int i = 0; i < w.length; i++) {
            gradient[i] += scale * 2 * (w[i] - start[i]) / (SPREAD[i] * SPREAD[i]);
        }
        if (!options.enableShortTerm()) {
            for (int i : FROZEN_WITHOUT_SHORT_TERM) {
                gradient[i] = 0;
            }
        }
        adam.step(w, gradient, schedule.next());
        ParameterBounds.clamp(w, options.enableShortTerm(), options.relearningSteps());
    }

    /** Σ (w − w_start)² / σ² (fsrs-rs l2_regularization before its batch scaling). */
    private double penalty() {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double gap = w[i] - start[i];
            sum += gap * gap / (SPREAD[i] * SPREAD[i]);
        }
        return sum;
    }

    /** Fisher–Yates with the seeded generator, so the order depends only on the seed. */
    private void shuffle(Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    @Override
    public void close() {
        gradients.close();
    }
}
