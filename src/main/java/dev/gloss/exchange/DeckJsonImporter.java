package dev.gloss.exchange;

import dev.gloss.deck.Deck;
import dev.gloss.store.ImportBatch;

import java.util.List;

/** Gloss deck files ({@code gloss-deck/1}); re-importing one replaces its deck's cards, progress kept. */
final class DeckJsonImporter implements Importer {
    @Override
    public String format() {
        return "deck";
    }

    @Override
    public String description() {
        return "Gloss deck (.json)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        if (source.extension().equals("json")) {
            return true;
        }
        // the same test as DeckJson.looksLikeDeck, without starting Jackson for every file
        String head = source.headText();
        return head.stripLeading().startsWith("{") && head.contains("\"format\"") && head.contains(Deck.FORMAT);
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        Deck deck = DeckJson.read(source.path());
        if (options.deck() != null) {
            deck = new Deck(options.deck(), deck.description(), deck.entries(), deck.faqs(), deck.cards());
        }
        return ImportBatch.ofDecks(source.name(), List.of(deck));
    }
}
