package dev.gloss.tui;

import dev.gloss.stats.StatsReport;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;

/** What the pages need from the collection. */
interface Backend {

    HomeData home();

    /** Today's session; a GlossException names a deck that does not exist. */
    StudySession open(SessionOptions options);

    /**
     * The statistics of a deck with its sub-decks, or of every deck when {@code deck} is null; they read the whole
     * review log. A GlossException names a deck that does not exist.
     */
    StatsReport stats(String deck);
}
