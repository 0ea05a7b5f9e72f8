package dev.gloss.store;

import java.util.List;

/**
 * What importing one file did (or, for a dry run, would do).
 *
 * @param deckReports  one per deck file, as {@link DeckSaver} reports them
 * @param decks        decks that hold the file's cards
 * @param reviewsKnown reviews in the file that the collection already had
 */
public record ImportOutcome(String source, List<ImportReport> deckReports, int decks, int notes, int added,
                            int updated, int unchanged, int reviewsAdded, int reviewsKnown, int mediaFiles,
                            List<Skipped> skipped) {
    public ImportOutcome {
        deckReports = List.copyOf(deckReports);
        skipped = List.copyOf(skipped);
    }

    public int cards() {
        return added + updated + unchanged;
    }
}
