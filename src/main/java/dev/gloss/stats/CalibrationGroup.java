package dev.gloss.stats;

/**
 * Predicted-recall sums for the answers in one bin of predicted R with one rating: what the store aggregates
 * the review log into for calibration.
 *
 * @param bin                 {@code min(floor(R * 20), 19)}: bins of 5 points of predicted recall
 * @param sumPredicted        sum of predicted R
 * @param sumPredictedSquared sum of R²
 * @param sumLogLikelihood    sum of ln(probability given to what happened): ln R if recalled, else ln(1 − R),
 *                            each floored at {@link Calibrations#MIN_PROBABILITY}
 */
public record CalibrationGroup(int bin, int rating, long answers, double sumPredicted, double sumPredictedSquared,
                               double sumLogLikelihood) {

    public boolean recalled() {
        return rating > 1;
    }
}
