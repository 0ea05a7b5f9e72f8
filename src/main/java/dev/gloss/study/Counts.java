package dev.gloss.study;

/** Cards left in a session: new, in learning steps, and reviews. */
public record Counts(int newCards, int learning, int review) {
    public int total() {
        return newCards + learning + review;
    }
}
