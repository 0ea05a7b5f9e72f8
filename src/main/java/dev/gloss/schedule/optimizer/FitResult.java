package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;

/**
 * The outcome of {@link Optimizer#fit}.
 *
 * @param status     {@link Status#FITTED}, or {@link Status#NOT_ENOUGH_HISTORY} (then {@code parameters}
 *                   are the current ones, unchanged, and {@code fitted} equals {@code current})
 * @param parameters the fitted parameters (or the current ones)
 * @param current    the current parameters evaluated on the history
 * @param fitted     the returned parameters evaluated on the history
 * @param items      training items in the history
 * @param minimumItems the least number of items the optimizer fits on
 */
public record FitResult(Status status, Parameters parameters, Evaluation current, Evaluation fitted, int items,
                        int minimumItems) {
    public enum Status { FITTED, NOT_ENOUGH_HISTORY }

    public boolean isFitted() {
        return status == Status.FITTED;
    }

    /** Whether the fitted parameters predict this history better (lower log loss) than the current ones. */
    public boolean improvesOnCurrent() {
        return isFitted() && fitted.logLoss() < current.logLoss();
    }

    /** One plain sentence for the user when nothing was fitted. */
    public String explanation() {
        return switch (status) {
            case FITTED -> "Fitted on " + items + " reviews.";
            case NOT_ENOUGH_HISTORY -> "Not enough review history to fit parameters reliably: " + items
                    + " usable reviews, at least " + minimumItems
                    + " are needed (a review counts once the card was seen on an earlier day); "
                    + "keeping the current parameters.";
        };
    }
}
