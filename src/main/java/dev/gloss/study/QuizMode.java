package dev.gloss.study;

import java.util.Locale;

/**
 * How a card is asked. {@link #MIXED} is not a way of asking but a rule that picks one of the
 * others per card (see {@link QuizPlanner}); an answer always records the mode actually used.
 */
public enum QuizMode {
    /** Show the prompt, reveal the answer, rate yourself. */
    FLIP,
    /** Type the answer; it is checked leniently and a rating is proposed. */
    TYPE,
    /** Pick the answer among numbered options; right is Good, wrong is Again. */
    CHOICE,
    /** Choice while a card is new, typing while it is young, flipping once it is mature. */
    MIXED;

    /** The name used on the command line and in the review log. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuizMode parse(String text) {
        if (text != null) {
            for (QuizMode m : values()) {
                if (m.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("unknown quiz mode '" + text + "' (expected flip, type, choice or mixed)");
    }
}
