package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

/**
 * How to fit. The defaults are fsrs-rs's training configuration.
 *
 * @param currentParameters the parameters in use now: evaluated for comparison and kept when the
 *                          history is too short
 * @param enableShortTerm   train the same-day weights w17..w19 (and w0..w3); off fixes w17..w19 at 0
 *                          and keeps the pre-trained w0..w3, as fsrs-rs does
 * @param epochs            passes over the training items
 * @param batchSize         training items per Adam step (whole cards are kept together)
 * @param seed              seed of the card shuffling; the same history and seed give identical results
 * @param learningRate      initial Adam step size, annealed to 0 by a cosine schedule
 * @param gamma             strength of the L2 pull toward the pre-trained starting point
 * @param maxSequenceLength items with more reviews than this are left out of training
 * @param relearningSteps   number of relearning steps the scheduler uses; above 1, w17·w18 is capped
 */
public record FitOptions(Parameters currentParameters, boolean enableShortTerm, int epochs, int batchSize,
                         long seed, double learningRate, double gamma, int maxSequenceLength,
                         int relearningSteps) {
    public FitOptions {
        if (currentParameters == null) {
            throw new IllegalArgumentException("current parameters are required");
        }
        if (epochs < 1 || batchSize < 1 || maxSequenceLength < 2 || relearningSteps < 0) {
            throw new IllegalArgumentException("epochs, batch size and max sequence length must be positive");
        }
        if (!(learningRate > 0) || gamma < 0) {
            throw new IllegalArgumentException("learning rate must be positive and gamma not negative");
        }
    }

    public static FitOptions defaults() {
        return new FitOptions(Parameters.defaults(), true, 5, 512, 2023, 0.04, 1.0, 256, 1);
    }

    public FitOptions withCurrentParameters(Parameters parameters) {
        return new FitOptions(parameters, enableShortTerm, epochs, batchSize, seed, learningRate, gamma,
                maxSequenceLength, relearningSteps);
    }

    public FitOptions withEnableShortTerm(boolean enable) {
        return new FitOptions(currentParameters, enable, epochs, batchSize, seed, learningRate, gamma,
                maxSequenceLength, relearningSteps);
    }

    public FitOptions withEpochs(int count) {
        return new FitOptions(currentParameters, enableShortTerm, count, batchSize, seed, learningRate, gamma,
                maxSequenceLength, relearningSteps);
    }

    public FitOptions withBatchSize(int size) {
        return new FitOptions(currentParameters, enableShortTerm, epochs, size, seed, learningRate, gamma,
                maxSequenceLength, relearningSteps);
    }

    public FitOptions withSeed(long value) {
        return new FitOptions(currentParameters, enableShortTerm, epochs, batchSize, value, learningRate, gamma,
                maxSequenceLength, relearningSteps);
    }
}
