package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LossGradientTest {

    /** A few hundred reference items plus hand-made histories with same-day reviews and lapses. */
    private static List<Item> sample() {
        List<Item> items = new ArrayList<>(ReferenceCase.reference().items().subList(0, 400));
        int[][][] histories = {
                {{3, 0}, {3, 0}, {1, 0}, {3, 2}, {2, 0}, {1, 5}, {4, 3}},
                {{1, 0}, {1, 0}, {2, 0}, {3, 1}, {3, 4}, {1, 20}, {3, 0}, {3, 2}},
                {{4, 0}, {3, 9}, {1, 40}, {2, 0}, {2, 3}, {4, 0}, {3, 7}},
                {{2, 0}, {1, 1}, {1, 1}, {1, 3}, {3, 0}, {2, 2}},
        };
        for (int h = 0; h < histories.length; h++) {
            List<Review> reviews = new ArrayList<>();
            for (int[] review : histories[h]) {
                reviews.add(new Review(review[0], review[1]));
            }
            CardHistory history = new CardHistory("hand-" + h, reviews);
            for (int length = 2; length <= reviews.size(); length++) {
                if (reviews.get(length - 1).deltaT() > 0) {
                    items.add(new Item(history, length, 0));
                }
            }
        }
        return items;
    }

    private static TrainingSet set(List<Item> items) {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.25 + 0.75 * Math.pow(i / (weights.length - 1.0), 3);
        }
        return TrainingSet.of(items, weights);
    }

    private static double[] randomParameters(Random random) {
        double[] w = Parameters.defaults().toArray();
        for (int i = 0; i < w.length; i++) {
            w[i] *= 0.7 + 0.6 * random.nextDouble();
        }
        w[17] = 0.3 + 0.5 * random.nextDouble();
        w[18] = 0.05 + 0.3 * random.nextDouble();
        w[19] = 0.05 + 0.3 * random.nextDouble();
        return w;
    }

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        List<Item> items = sample();
        TrainingSet set = set(items);
        Random random = new Random(7);
        for (int trial = 0; trial < 4; trial++) {
            double[] w = trial == 0 ? Parameters.defaults().toArray() : randomParameters(random);
            double[] gradient = new double[21];
            int[] order = new int[set.sequenceCount()];
            Arrays.setAll(order, i -> i);
            double loss = new LossGradient(w).accumulate(set, order, 0, order.length, gradient);
            assertThat(loss).isCloseTo(new LossGradient(w).loss(set), within(1e-9));

            for (int i = 0; i < 21; i++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[i]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (new LossGradient(up).loss(set) - new LossGradient(down).loss(set)) / (2 * h);
                assertThat(gradient[i])
                        .as("trial %d, dL/dw%d", trial, i)
                        .isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    @Test
    void lossEqualsTheEvaluatorsLogLossTimesItems() {
        List<Item> items = ReferenceCase.reference().items();
        double[] ones = new double[items.size()];
        Arrays.fill(ones, 1);
        double[] w = Parameters.defaults().toArray();
        double sum = new LossGradient(w).loss(TrainingSet.of(items, ones));
        assertThat(sum / items.size())
                .isCloseTo(Evaluator.evaluate(items, Parameters.defaults()).logLoss(), within(1e-12));
    }
}
