package dev.gloss.cli;

import dev.gloss.GlossException;
import dev.gloss.deck.Deck;
import dev.gloss.exchange.DeckJson;
import dev.gloss.store.DeckSaver;
import dev.gloss.store.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add or update decks from files. Re-importing the same deck updates its text and keeps progress.",
                "Everything is imported in one transaction: all of it, or nothing."})
final class ImportCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "deck JSON files")
    List<Path> paths;

    @Option(names = "--deck", paramLabel = "NAME", description = "import into this deck (overrides the file's name)")
    String deckName;

    @Option(names = "--dry-run", description = "report what would be added, changed and removed; write nothing")
    boolean dryRun;

    ImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Deck> decks = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new GlossException(path + ": no such file");
            }
            Deck deck = DeckJson.read(path);
            if (deckName != null) {
                deck = new Deck(deckName, deck.description(), deck.entries(), deck.faqs(), deck.cards());
            }
            decks.add(deck);
        }
        List<ImportReport> reports = new DeckSaver(context.databaseWithoutBundled())
                .saveAll(decks, context.clock().instant(), dryRun);
        for (ImportReport r : reports) {
            context.io().out().println((dryRun ? "would import " : "imported ") + r.describe());
        }
        return 0;
    }
}
