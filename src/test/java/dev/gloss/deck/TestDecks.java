package dev.gloss.deck;

import java.util.ArrayList;
import java.util.List;

/** Small decks for tests. */
public final class TestDecks {
    private TestDecks() {
    }

    /** A deck of {@code n} terms, each with a definition card, in order Term 1 .. Term n. */
    public static Deck terms(String name, int n) {
        List<Entry> entries = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String term = "Term " + i;
            String definition = "The meaning of term number " + i + ".";
            entries.add(Entry.of(term, definition));
            cards.add(new Card(CardIds.of(name, term, CardKind.DEFINITION, ""), CardKind.DEFINITION, term, term,
                    definition));
        }
        return new Deck(name, "Test deck " + name, entries, List.of(), cards);
    }
}
