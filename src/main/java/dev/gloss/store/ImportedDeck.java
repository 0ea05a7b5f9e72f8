package dev.gloss.store;

import dev.gloss.deck.DeckNames;
import dev.gloss.deck.PlainText;

/** A deck an import names (with "::" levels); created with this description if it does not exist yet. */
public record ImportedDeck(String name, String description) {
    public ImportedDeck {
        name = DeckNames.normalize(name);
        description = description == null ? "" : PlainText.clean(description);
    }
}
