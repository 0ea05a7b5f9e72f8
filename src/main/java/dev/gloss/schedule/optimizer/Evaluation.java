package dev.gloss.schedule.optimizer;

/**
 * How well a parameter set predicts a history.
 *
 * @param items    number of training items evaluated
 * @param logLoss  mean binary cross-entropy of the predicted recall probability
 * @param rmseBins root mean square of (mean prediction − recall rate) over the benchmark's bins
 */
public record Evaluation(int items, double logLoss, double rmseBins) {
}
