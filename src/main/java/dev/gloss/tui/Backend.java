package dev.gloss.tui;

import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;

/** What the pages need from the collection. */
interface Backend {

    HomeData home();

    /** Today's session; a GlossException names a deck that does not exist. */
    StudySession open(SessionOptions options);
}
