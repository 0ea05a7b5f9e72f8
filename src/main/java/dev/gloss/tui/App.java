package dev.gloss.tui;

import dev.gloss.GlossException;
import dev.gloss.study.QuizMode;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongSupplier;

/** Makes the pages and moves between them: home, a study session, its summary, the stats. */
final class App {
    private final Backend backend;
    private final Clock clock;
    private final ZoneId zone;
    private final LongSupplier nanoTime;

    App(Backend backend, Clock clock, ZoneId zone, LongSupplier nanoTime) {
        this.backend = backend;
        this.clock = clock;
        this.zone = zone;
        this.nanoTime = nanoTime;
    }

    Page home(QuizMode mode, String notice, String selectDeck) {
        return new HomePage(this, backend.home(), mode, notice, selectDeck);
    }

    /** Today's session, or home with a note when there is nothing to study in it now. */
    Page study(SessionOptions options, QuizMode mode) {
        String title = options.deck() == null ? DeckTree.ALL_DECKS : options.deck().strip();
        StudySession session;
        try {
            session = backend.open(options);
        } catch (GlossException e) {
            return home(mode, e.getMessage(), null); // e.g. the deck was deleted by another command meanwhile
        }
        if (session.current().isEmpty()) {
            return home(mode, "Nothing to study in " + title + " right now." + laterNote(session), options.deck());
        }
        return new StudyPage(this, session, title, mode, nanoTime);
    }

    /**
     * The stats of the deck at {@code selected} in {@code decks} (the home list: ←/→ go through it), or of every deck
     * when the list is empty; q goes back to {@code back}.
     */
    Page stats(Page back, List<DeckTree.Row> decks, int selected) {
        List<DeckTree.Row> shown = decks.isEmpty() ? List.of(new DeckTree.Row(null, DeckTree.ALL_DECKS, 0, 0, 0, 0))
                : decks;
        return new StatsPage(backend, back, shown, selected);
    }

    Page summary(StudySession session, String title, QuizMode mode, String deck) {
        return new SummaryPage(this, session.summary(), title, laterNote(session), mode, deck);
    }

    /** " Next learning card due at 10:41." when a learning card waits for later today. */
    String laterNote(StudySession session) {
        return session.nextLearningDue()
                .map(due -> " Next learning card due at " + DateTimeFormatter.ofPattern("HH:mm").format(due.atZone(zone))
                        + ".")
                .orElse("");
    }

    Clock clock() {
        return clock;
    }
}
