package dev.gloss.cli;

import dev.gloss.GlossException;
import dev.gloss.deck.Deck;
import dev.gloss.exchange.AnkiTextExporter;
import dev.gloss.exchange.DeckJson;
import dev.gloss.exchange.ExportFile;
import dev.gloss.exchange.ExportFormat;
import dev.gloss.store.DeckStore;
import dev.gloss.store.ExportStore;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a deck out: as a Gloss deck file (JSON, entries included), or as Anki-compatible plain"
                + " text (front, back, tags) that Anki's File > Import reads.",
                "Progress is not part of either; `gloss revlog export` writes the review history."})
final class ExportCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(paramLabel = "DECK", description = "the deck to export (its own cards; sub-decks are decks of"
            + " their own)")
    String deck;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard output)")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "deck (JSON) or csv (Anki plain text); default:"
            + " csv for a .csv/.tsv/.txt FILE, else deck")
    String format;

    ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportFormat chosen = chosenFormat();
        List<DeckRef> decks = new DeckStore(context.database()).refs();
        DeckRef ref = decks.stream().filter(d -> d.name().equalsIgnoreCase(deck.strip())).findFirst()
                .orElseGet(() -> {
                    DeckSelection.resolve(decks, deck); // names the decks there are
                    throw new GlossException("no deck named '" + deck.strip() + "'");
                });
        Deck content = new ExportStore(context.database()).deck(ref);
        if (content.cards().isEmpty() && content.entries().isEmpty()) {
            String subs = decks.stream().filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).startsWith(ref.name().toLowerCase(java.util.Locale.ROOT) + "::"))
                    .map(DeckRef::name).collect(Collectors.joining(", "));
            if (!subs.isEmpty()) {
                throw new GlossException("deck '" + ref.name() + "' has no cards of its own; export one of its"
                        + " sub-decks: " + subs);
            }
        }
        ExportFile.Content writer = chosen == ExportFormat.DECK
                ? w -> w.write(DeckJson.toJson(content))
                : w -> AnkiTextExporter.write(content, w);
        if (output == null) {
            ExportFile.write(context.io().out(), writer);
        } else {
            ExportFile.write(output, writer);
            context.io().err().println("exported " + ref.name() + ": " + content.cards().size() + " cards to "
                    + output);
        }
        return 0;
    }

    private ExportFormat chosenFormat() {
        if (format != null) {
            try {
                return ExportFormat.of(format.strip());
            } catch (IllegalArgumentException e) {
                throw new GlossException(e.getMessage());
            }
        }
        return output == null ? ExportFormat.DECK : ExportFormat.forFileName(output.toString());
    }
}
