package dev.gloss.store;

import dev.gloss.deck.Card;

/**
 * A card an import brings: its deck, its text, and (from Anki) its scheduling.
 *
 * @param uidIsGlobal true when the uid names the card in any deck (it comes from an Anki note GUID), so a card
 *                    moved to another deck is found and moved instead of duplicated
 * @param schedule    the other program's scheduling, or null for a card that starts as new
 */
public record ImportedCard(ImportedDeck deck, Card card, boolean uidIsGlobal, boolean suspended,
                           ForeignSchedule schedule) {
    public ImportedCard {
        if (deck == null || card == null) {
            throw new IllegalArgumentException("deck and card are required");
        }
    }

    public String deckName() {
        return deck.name();
    }

    public CardRef ref() {
        return new CardRef.ByUid(deck.name(), card.id(), uidIsGlobal);
    }
}
