package dev.gloss.store;

import dev.gloss.deck.Deck;

import java.util.List;

/**
 * Everything one file brings, parsed and checked, ready to be written. Deck files ({@code decks}) replace
 * their deck's cards (see {@link DeckSaver}); everything else is merged: cards are matched by uid and
 * updated in place, nothing is removed, and review history is added once.
 *
 * @param source  the file, for the summary
 * @param notes   how many notes (Anki) or rows the cards came from
 * @param skipped what was left out, and why
 */
public record ImportBatch(String source, List<Deck> decks, List<ImportedDeck> mergedDecks, List<ImportedCard> cards,
                          List<ImportedReview> reviews, List<MediaFile> media, int notes, List<Skipped> skipped) {
    public ImportBatch {
        decks = List.copyOf(decks);
        mergedDecks = List.copyOf(mergedDecks);
        cards = List.copyOf(cards);
        reviews = List.copyOf(reviews);
        media = List.copyOf(media);
        skipped = List.copyOf(skipped);
    }

    public static ImportBatch ofDecks(String source, List<Deck> decks) {
        return new ImportBatch(source, decks, List.of(), List.of(), List.of(), List.of(), 0, List.of());
    }

    /** True for a batch that is only deck files (reported deck by deck, as before). */
    public boolean onlyDecks() {
        return mergedDecks.isEmpty() && cards.isEmpty() && reviews.isEmpty() && media.isEmpty() && skipped.isEmpty();
    }
}
