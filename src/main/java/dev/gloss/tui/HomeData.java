package dev.gloss.tui;

import dev.gloss.store.DeckSummary;

import java.util.List;

/** What the home page shows: decks with today's counts, today's reviews and the streak. */
record HomeData(List<DeckSummary> decks, int reviewsToday, int streakDays) {

    HomeData {
        decks = List.copyOf(decks);
    }
}
