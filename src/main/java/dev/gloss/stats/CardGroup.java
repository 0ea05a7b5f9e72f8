package dev.gloss.stats;

import dev.gloss.schedule.State;

/**
 * Cards alike in state, suspension, burial and bins of stability and difficulty ({@link CardFigures#STABILITY_EDGES},
 * {@link CardFigures#DIFFICULTY_EDGES}), with the sums that give the means: what the store aggregates the card table
 * into for counts and histograms.
 *
 * @param buried buried until after now
 */
public record CardGroup(State state, boolean suspended, boolean buried, int stabilityBin, int difficultyBin,
                        int cards, double stabilitySum, double difficultySum) {

    /** Studied and not suspended: the cards whose memory the histograms show. */
    public boolean studied() {
        return !suspended && state != State.NEW;
    }
}
