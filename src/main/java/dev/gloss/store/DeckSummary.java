package dev.gloss.store;

/**
 * A deck with today's counts, sub-decks included.
 *
 * @param newToday  new cards that today's session would introduce (the daily limit applied)
 * @param learning  cards in learning or relearning steps due today
 * @param due       review cards due today
 * @param newTotal  new cards not yet studied
 */
public record DeckSummary(long id, String name, String description, int newToday, int learning, int due,
                          int total, int newTotal, int suspended) {
}
