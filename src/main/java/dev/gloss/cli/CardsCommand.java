package dev.gloss.cli;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.StudyCalendar;
import dev.gloss.store.CardInfo;
import dev.gloss.store.CardStore;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.DeckStore;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Cards with their state: id, deck, kind, front, state, due, stability, difficulty, reps, lapses.")
final class CardsCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "0..1", paramLabel = "DECK", description = "a deck (with its sub-decks); all decks if omitted")
    String deck;

    @Option(names = "--due", description = "only cards due today (learning and reviews)")
    boolean dueOnly;

    @Option(names = "--json", description = "print JSON (times as ISO-8601 instants in UTC)")
    boolean json;

    CardsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var db = context.database();
        List<DeckRef> decks = deck == null ? null : DeckSelection.resolve(new DeckStore(db).refs(), deck);
        Instant dueBefore = null;
        if (dueOnly) {
            StudyCalendar calendar = new ConfigStore(db).settingsFor(null).calendar(context.zone());
            dueBefore = calendar.endOfDay(context.clock().instant());
        }
        List<CardInfo> cards = new CardStore(db).list(decks, dueBefore);
        PrintStream out = context.io().out();
        if (json) {
            writeJson(out, cards);
        } else {
            writeText(out, cards);
        }
        return 0;
    }

    private static void writeJson(PrintStream out, List<CardInfo> cards) {
        JsonOut.write(out, g -> {
            g.writeStartArray();
            for (CardInfo c : cards) {
                CardSchedule s = c.schedule();
                g.writeStartObject();
                g.writeStringField("id", c.uid());
                g.writeStringField("deck", c.deck());
                g.writeStringField("kind", c.kind().jsonName());
                g.writeStringField("front", c.front());
                g.writeStringField("back", c.back());
                g.writeStringField("state", s.state().name().toLowerCase(Locale.ROOT));
                g.writeNumberField("state_code", s.state().code());
                g.writeStringField("due", s.due().toString());
                g.writeNumberField("stability", s.stability());
                g.writeNumberField("difficulty", s.difficulty());
                if (s.lastReview() == null) {
                    g.writeNullField("last_review");
                } else {
                    g.writeStringField("last_review", s.lastReview().toString());
                }
                g.writeNumberField("scheduled_days", s.scheduledDays());
                g.writeNumberField("learning_steps", s.learningStep());
                g.writeNumberField("reps", s.reps());
                g.writeNumberField("lapses", s.lapses());
                g.writeBooleanField("suspended", c.suspended());
                g.writeBooleanField("changed", c.changed());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static void writeText(PrintStream out, List<CardInfo> cards) {
        if (cards.isEmpty()) {
            out.println("No cards.");
            return;
        }
        out.println("ID               Kind        State       Due                   S        D     Reps Lapses  Front");
        for (CardInfo c : cards) {
            CardSchedule s = c.schedule();
            String state = c.suspended() ? "suspended" : s.state().label().toLowerCase(Locale.ROOT);
            String due = s.state().code() == 0 ? "-" : s.due().toString();
            out.printf(Locale.ROOT, "%-16s %-11s %-11s %-21s %8.2f %5.2f %5d %6d  %s%n", c.uid(), c.kind().jsonName(),
                    state, due, s.stability(), s.difficulty(), s.reps(), s.lapses(), oneLine(c.front(), 50));
        }
    }

    private static String oneLine(String text, int max) {
        String s = text.replace('\n', ' ');
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
