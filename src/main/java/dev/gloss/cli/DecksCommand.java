package dev.gloss.cli;

import dev.gloss.store.DeckStore;
import dev.gloss.text.CellWidth;
import dev.gloss.store.DeckSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "decks", mixinStandardHelpOptions = true,
        description = "Decks with today's counts: new, learning, due, total (sub-decks included).")
final class DecksCommand implements Callable<Integer> {
    private final AppContext context;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    DecksCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<DeckSummary> decks = new DeckStore(context.database()).summaries(context.clock().instant(), context.zone());
        PrintStream out = context.io().out();
        if (json) {
            JsonOut.write(out, g -> {
                g.writeStartArray();
                for (DeckSummary d : decks) {
                    g.writeStartObject();
                    g.writeStringField("name", d.name());
                    g.writeNumberField("new", d.newToday());
                    g.writeNumberField("learning", d.learning());
                    g.writeNumberField("due", d.due());
                    g.writeNumberField("total", d.total());
                    g.writeNumberField("new_total", d.newTotal());
                    g.writeNumberField("suspended", d.suspended());
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        } else {
            printTable(out, decks);
        }
        return 0;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - CellWidth.of(s)));
    }

    static void printTable(PrintStream out, List<DeckSummary> decks) {
        if (decks.isEmpty()) {
            out.println("No decks yet. Add one with: gloss import FILE (deck JSON or glossary pages)");
            return;
        }
        int width = Math.max(4, decks.stream().mapToInt(d -> CellWidth.of(d.name())).max().orElse(4));
        out.println(padRight("Deck", width) + "    New  Learn    Due  Total");
        for (DeckSummary d : decks) {
            out.printf("%s  %5d  %5d  %5d  %5d%n", padRight(d.name(), width), d.newToday(), d.learning(),
                    d.due(), d.total());
        }
    }
}
