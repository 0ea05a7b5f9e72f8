package dev.gloss.study;

import dev.gloss.schedule.Rating;

/** How a typed answer compares with the expected one, and the rating that suggests. */
public enum Verdict {
    /** The same once case, accents, punctuation and spacing are set aside. */
    RIGHT(Rating.GOOD),
    /** A small typo away (within a tolerance that grows with the answer's length). */
    CLOSE(Rating.HARD),
    WRONG(Rating.AGAIN);

    private final Rating proposed;

    Verdict(Rating proposed) {
        this.proposed = proposed;
    }

    public Rating proposedRating() {
        return proposed;
    }
}
