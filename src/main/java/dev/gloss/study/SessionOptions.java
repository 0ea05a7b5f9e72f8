package dev.gloss.study;

/**
 * What to study.
 *
 * @param deck     a deck name (with its sub-decks), or null for every deck
 * @param newLimit if set, at most this many new cards in the session instead of each deck's daily limit
 * @param limit    if set, the session ends after this many answers
 * @param mode     the quiz mode asked for (flip, type, choice, mixed); each answer records the mode used
 */
public record SessionOptions(String deck, Integer newLimit, Integer limit, String mode) {
    public static SessionOptions all() {
        return new SessionOptions(null, null, null, "flip");
    }

    public static SessionOptions deck(String name) {
        return new SessionOptions(name, null, null, "flip");
    }
}
