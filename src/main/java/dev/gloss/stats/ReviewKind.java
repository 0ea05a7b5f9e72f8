package dev.gloss.stats;

/** What an answer was, by the card's state before it: learning a new card, a review, or relearning after a lapse. */
public enum ReviewKind {
    LEARN, REVIEW, RELEARN;

    /** From the state logged before the answer: 0 New and 1 Learning are learning, 2 Review, 3 Relearning. */
    public static ReviewKind ofStateBefore(int stateCode) {
        return switch (stateCode) {
            case 0, 1 -> LEARN;
            case 2 -> REVIEW;
            case 3 -> RELEARN;
            default -> throw new IllegalArgumentException("card state must be 0..3, got " + stateCode);
        };
    }
}
