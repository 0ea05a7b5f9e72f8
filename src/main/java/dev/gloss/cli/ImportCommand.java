package dev.gloss.cli;

import dev.gloss.GlossException;
import dev.gloss.deck.DeckNames;
import dev.gloss.exchange.GlossaryImporter;
import dev.gloss.exchange.ImportOptions;
import dev.gloss.exchange.Importer;
import dev.gloss.exchange.ImportSource;
import dev.gloss.exchange.ImportSummary;
import dev.gloss.exchange.Importers;
import dev.gloss.exchange.MediaFolder;
import dev.gloss.exchange.Progress;
import dev.gloss.exchange.TerminalProgress;
import dev.gloss.store.Database;
import dev.gloss.store.ImportBatch;
import dev.gloss.store.ImportOutcome;
import dev.gloss.store.ImportWriter;
import dev.gloss.store.MediaFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add or update decks from Gloss deck files, glossary pages (Markdown, HTML, text; files or"
                + " folders), Anki packages and collections, Anki plain text, CSV/TSV and FSRS review logs. Re-importing the same file updates its cards in place and keeps"
                + " progress.",
                "Every file is read and checked first; then everything is written in one transaction: all of it, or"
                        + " nothing."})
final class ImportCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files (or folders of glossary pages) to import")
    List<Path> paths;

    @Option(names = "--deck", paramLabel = "NAME", description = "put every card in this deck (for a deck file:"
            + " overrides its name)")
    String deckName;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by name and content), deck, glossary, apkg, anki-text, csv or revlog;"
                    + " default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--header", negatable = true,
            description = "CSV: the first row is (--header) or is not (--no-header) a row of column names;"
                    + " detected when neither is given")
    Boolean header;

    @Option(names = "--dry-run", description = "report what would be added, updated and left unchanged; write nothing")
    boolean dryRun;

    ImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String deck = checkedDeckName();
        // folders hold glossary pages (read recursively); every other path is a file of some format
        List<Path> folders = paths.stream().filter(Files::isDirectory).toList();
        if (!folders.isEmpty() && !format.equals("auto") && !format.equals("glossary")) {
            throw new GlossException(folders.get(0) + " is a folder; only glossary pages are read from folders");
        }
        List<ImportSource> sources = paths.stream().filter(p -> !Files.isDirectory(p)).map(ImportSource::of).toList();
        Progress progress = context.io().terminal()
                ? new TerminalProgress(context.io().err(), context.clock()) : Progress.NONE;
        Instant now = context.clock().instant();
        Path staging = staging();
        try {
            ImportOptions options = new ImportOptions(deck, header, MediaFolder.of(context.databasePath()), staging, 0,
                    now, context.zone(), progress);
            List<ImportBatch> batches = new ArrayList<>();
            List<Path> pages = new ArrayList<>(folders);
            for (ImportSource source : sources) {
                Importer importer = Importers.choose(format, source);
                if (importer instanceof GlossaryImporter) {
                    pages.add(source.path());
                } else {
                    batches.add(importer.read(source, options));
                }
            }
            if (!pages.isEmpty()) {
                batches.add(Importers.glossary().readAll(pages, options,
                        warning -> context.io().err().println("gloss: warning: " + warning)));
            }
            Database db = context.databaseWithoutBundled();
            progress.start("Saving", batches.stream().mapToLong(b -> b.cards().size() + b.reviews().size()).sum());
            List<ImportOutcome> outcomes = new ImportWriter(db, context.zone())
                    .write(batches, now, dryRun, n -> progress.advance(n));
            progress.finish();
            if (!dryRun) {
                List<MediaFile> media = batches.stream().flatMap(b -> b.media().stream()).toList();
                MediaFolder.install(media, MediaFolder.of(db.path()));
            }
            for (ImportOutcome o : outcomes) {
                ImportSummary.lines(o, dryRun, outcomes.size() > 1).forEach(context.io().out()::println);
            }
            return 0;
        } finally {
            progress.finish();
            deleteTree(staging);
        }
    }

    private String checkedDeckName() {
        if (deckName == null) {
            return null;
        }
        try {
            return DeckNames.normalize(deckName);
        } catch (IllegalArgumentException e) {
            throw new GlossException("--deck: " + e.getMessage());
        }
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("gloss-import-");
        } catch (IOException e) {
            throw new GlossException("cannot make a temporary folder for the import (" + e.getMessage() + ")");
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up later
                }
            });
        } catch (IOException ignored) {
            // nothing left to clean
        }
    }
}
