package dev.gloss.study;

import dev.gloss.GlossException;
import dev.gloss.deck.DeckNames;

import java.util.List;
import java.util.stream.Collectors;

/** Resolves a deck name to that deck and its sub-decks; null means every deck. */
public final class DeckSelection {
    private DeckSelection() {
    }

    public static List<DeckRef> resolve(List<DeckRef> decks, String name) {
        if (name == null || name.isBlank()) {
            return decks;
        }
        String wanted = name.strip();
        List<DeckRef> chosen = decks.stream().filter(d -> DeckNames.isWithin(d.name(), wanted))
                .collect(Collectors.toList());
        if (chosen.isEmpty()) {
            String known = decks.stream().map(DeckRef::name).collect(Collectors.joining(", "));
            throw new GlossException("no deck named '" + wanted + "'"
                    + (known.isEmpty() ? " (the collection has no decks)" : " (decks: " + known + ")"));
        }
        return chosen;
    }
}
