package dev.gloss.deck;

import java.util.List;

/**
 * A deck as a file holds it ({@code gloss-deck/1}): the entries it was built from and the cards.
 * A deck with only cards (no entries) is valid: that is what CSV or Anki imports become.
 * Names may use {@code ::} for hierarchy ("Languages::Spanish").
 */
public record Deck(String name, String description, List<Entry> entries, List<Faq> faqs, List<Card> cards) {

    public static final String FORMAT = "gloss-deck/1";

    public Deck {
        name = DeckNames.normalize(name);
        description = description == null ? "" : PlainText.clean(description);
        entries = List.copyOf(entries == null ? List.of() : entries);
        faqs = List.copyOf(faqs == null ? List.of() : faqs);
        cards = List.copyOf(cards == null ? List.of() : cards);
    }
}
