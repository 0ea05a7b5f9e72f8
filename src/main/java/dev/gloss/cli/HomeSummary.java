package dev.gloss.cli;

import dev.gloss.store.DeckStore;
import dev.gloss.store.DeckSummary;

import java.io.PrintStream;
import java.util.List;

/** What plain {@code gloss} prints: today's decks and how to start studying. */
final class HomeSummary {
    private HomeSummary() {
    }

    static int print(AppContext context) {
        List<DeckSummary> decks = new DeckStore(context.database()).summaries(context.clock().instant(), context.zone());
        PrintStream out = context.io().out();
        DecksCommand.printTable(out, decks);
        if (!decks.isEmpty()) {
            out.println();
            out.println("Study:   gloss study [DECK]        (--plain for the line mode)");
            out.println("More:    gloss --help");
        }
        return 0;
    }
}
