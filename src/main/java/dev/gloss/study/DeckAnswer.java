package dev.gloss.study;

import dev.gloss.deck.CardKind;

/** The answer (back) of one card, as choice mode draws wrong options from it. */
public record DeckAnswer(long cardId, long deckId, CardKind kind, String answer) {
}
