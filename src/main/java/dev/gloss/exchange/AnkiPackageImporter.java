package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.deck.DeckNames;
import dev.gloss.store.ImportBatch;
import dev.gloss.store.ImportedCard;
import dev.gloss.store.ImportedDeck;
import dev.gloss.store.ImportedReview;
import dev.gloss.store.MediaFile;
import dev.gloss.store.Skipped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anki packages: {@code .apkg} (some decks) and {@code .colpkg} (a whole collection), in all three layouts.
 * Every card becomes a Gloss card (uid from the note GUID and the card ordinal, so re-importing updates in
 * place), with its deck (levels created), tags, suspension, scheduling and review history; media files go to
 * the collection's media folder. The "please update" placeholder collection is never imported.
 */
final class AnkiPackageImporter implements Importer {
    static final String PLACEHOLDER_REASON = "the \"please update\" placeholder";
    private static final String PLACEHOLDER_TEXT = "please update to the latest anki version";

    @Override
    public String format() {
        return "apkg";
    }

    @Override
    public String description() {
        return "Anki package (.apkg, .colpkg)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        String ext = source.extension();
        return ext.equals("apkg") || ext.equals("colpkg") || (source.isZip() && (ext.equals("zip") || ext.isEmpty()));
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        Path work;
        try {
            work = Files.createTempDirectory(options.stagingDir(), "apkg-");
        } catch (IOException e) {
            throw new GlossException("cannot make a temporary folder to unpack " + source.name() + " ("
                    + e.getMessage() + ")");
        }
        try (AnkiPackage pkg = AnkiPackage.open(source.path(), source.name(), options.maxUnpackedBytes())) {
            Path collectionFile = work.resolve("collection.sqlite");
            pkg.extractCollection(collectionFile);
            AnkiCollection collection = new AnkiCollectionReader(source.name()).read(collectionFile);
            deleteQuietly(collectionFile);
            List<Skipped> skipped = new ArrayList<>();
            if (pkg.hasPlaceholder()) {
                skipped.add(new Skipped(1, PLACEHOLDER_REASON));
            } else if (isPlaceholder(collection)) {
                throw new GlossException(source.name() + ": no Anki collection inside (only the \"please update\""
                        + " placeholder; export it again from Anki)");
            }
            StagedMedia media = stageMedia(pkg, work, options, source.name());
            if (media.missing() > 0) {
                skipped.add(new Skipped(media.missing(), "media files listed but missing from the package"));
            }
            return new Batch(source, options, collection, media, skipped).build();
        }
    }

    private static boolean isPlaceholder(AnkiCollection c) {
        return c.notes().size() == 1 && c.notes().get(0).fields().stream()
                .anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains(PLACEHOLDER_TEXT));
    }

    /** Media files unpacked to the staging folder, with the names they will have in the collection. */
    private record StagedMedia(Map<String, String> names, List<MediaFile> files, int missing) {
        String nameOf(String original) {
            return names.getOrDefault(MediaFolder.normalize(original), original);
        }
    }

    private static StagedMedia stageMedia(AnkiPackage pkg, Path work, ImportOptions options, String source) {
        List<AnkiPackage.MediaRef> refs = pkg.media();
        Map<String, String> names = new HashMap<>();
        List<MediaFile> files = new ArrayList<>();
        int missing = 0;
        Path dir = work.resolve("media");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GlossException("cannot unpack the media of " + source + " (" + e.getMessage() + ")");
        }
        int index = 0;
        for (AnkiPackage.MediaRef ref : refs) {
            String name = MediaFolder.normalize(ref.name());
            if (!MediaFolder.isSafeName(name)) {
                throw new GlossException(source + ": refused: a media file has an unsafe name ('"
                        + AnkiPackage.printable(name) + "')");
            }
            if (names.containsKey(name)) {
                continue;
            }
            Path staged = dir.resolve(Integer.toString(index++));
            if (!pkg.extractMedia(ref, staged)) {
                missing++;
                continue;
            }
            String finalName = MediaFolder.nameFor(options.mediaDir(), name, staged);
            names.put(name, finalName);
            files.add(new MediaFile(finalName, staged));
        }
        return new StagedMedia(names, files, missing);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the staging folder is removed at the end anyway
        }
    }

    /** Builds the batch from a read collection. */
    private static final class Batch {
        private final ImportSource source;
        private final ImportOptions options;
        private final AnkiCollection collection;
        private final StagedMedia media;
        private final List<Skipped> skipped;
        private final Map<String, Integer> problems = new LinkedHashMap<>();
        private final Map<Long, ImportedDeck> deckCache = new HashMap<>();

        Batch(ImportSource source, ImportOptions options, AnkiCollection collection, StagedMedia media,
              List<Skipped> skipped) {
            this.source = source;
            this.options = options;
            this.collection = collection;
            this.media = media;
            this.skipped = skipped;
        }

        ImportBatch build() {
            Map<Long, AnkiCollection.Note> notes = new HashMap<>();
            collection.notes().forEach(n -> notes.put(n.id(), n));
            AnkiNotes renderer = new AnkiNotes(media::nameOf);
            AnkiScheduling scheduling = new AnkiScheduling(collection.createdSeconds(), options.zone());
            Map<String, ImportedDeck> decks = new LinkedHashMap<>();
            List<ImportedCard> cards = new ArrayList<>();
            Map<Long, ImportedCard> byAnkiId = new HashMap<>();
            Set<Long> notesUsed = new HashSet<>();
            Map<String, Long> noteOfGuid = new HashMap<>();
            List<AnkiCollection.CardRow> rows = new ArrayList<>(collection.cards());
            // cards that are not new first, then new cards in Anki's new-card order
            rows.sort(Comparator.comparingLong((AnkiCollection.CardRow c) -> c.type() == 0 ? c.due() : -1)
                    .thenComparingLong(AnkiCollection.CardRow::noteId).thenComparingInt(AnkiCollection.CardRow::ord));
            // first, which cards can be made (in order, as counting needs); then the rendering, which is pure
            // and takes most of the time, on every core; then the cards in order again
            List<Job> jobs = new ArrayList<>();
            for (AnkiCollection.CardRow row : rows) {
                AnkiCollection.Note note = notes.get(row.noteId());
                if (note == null) {
                    count("cards without their note");
                    continue;
                }
                Long owner = noteOfGuid.putIfAbsent(note.guid(), note.id());
                if (owner != null && owner != note.id()) {
                    count("cards of notes that repeat another note's GUID");
                    continue;
                }
                AnkiCollection.NoteType type = collection.noteTypes().get(note.noteTypeId());
                if (type == null) {
                    count("cards whose note type is missing from the package");
                    continue;
                }
                jobs.add(new Job(row, note, type, deckOf(row)));
            }
            options.progress().start("Reading " + source.name(), jobs.size());
            List<AnkiNotes.Result> made = jobs.parallelStream().map(job -> {
                AnkiNotes.Result result = renderer.card(job.note(), job.type(), job.row().ord(), job.deck().name());
                options.progress().advance(1);
                return result;
            }).toList();
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                AnkiNotes.Result result = made.get(i);
                if (result.card() == null) {
                    count(result.problem().reason);
                    continue;
                }
                decks.putIfAbsent(job.deck().name().toLowerCase(java.util.Locale.ROOT), job.deck());
                ImportedCard card = new ImportedCard(job.deck(), result.card(), true, job.row().queue() == -1,
                        scheduling.schedule(job.row()));
                if (byAnkiId.putIfAbsent(job.row().id(), card) == null) {
                    cards.add(card);
                    notesUsed.add(job.note().id());
                }
            }
            options.progress().finish();
            List<ImportedReview> reviews = reviews(byAnkiId);
            problems.forEach((reason, n) -> skipped.add(new Skipped(n, reason)));
            return new ImportBatch(source.name(), List.of(), List.copyOf(decks.values()), cards, reviews,
                    media.files(), notesUsed.size(), skipped);
        }

        /** A card to render: its row, note, note type and deck. */
        private record Job(AnkiCollection.CardRow row, AnkiCollection.Note note, AnkiCollection.NoteType type,
                           ImportedDeck deck) {
        }

        private ImportedDeck deckOf(AnkiCollection.CardRow row) {
            long id = row.originalDeckId() != 0 ? row.originalDeckId() : row.deckId();
            return deckCache.computeIfAbsent(id, this::deck);
        }

        private ImportedDeck deck(long id) {
            if (options.deck() != null) {
                return new ImportedDeck(options.deck(), "");
            }
            AnkiCollection.DeckInfo info = collection.decks().get(id);
            String name = info == null ? "Default" : info.name();
            try {
                return new ImportedDeck(DeckNames.normalize(name), HtmlText.toText(info == null ? "" : info.description()));
            } catch (IllegalArgumentException e) {
                return new ImportedDeck("Default", "");
            }
        }

        /** The history of the imported cards, in time order, without manual changes and what a reset undid. */
        private List<ImportedReview> reviews(Map<Long, ImportedCard> byAnkiId) {
            Map<Long, List<ImportedReview>> byCard = new LinkedHashMap<>();
            int notImported = 0;
            for (AnkiCollection.Review r : collection.reviews()) {
                ImportedCard card = byAnkiId.get(r.cardId());
                if (card == null) {
                    notImported++;
                    continue;
                }
                switch (AnkiScheduling.kind(r)) {
                    case ANSWER -> byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>())
                            .add(AnkiScheduling.review(r, card.ref()));
                    case RESET -> {
                        List<ImportedReview> before = byCard.remove(r.cardId());
                        if (before != null && !before.isEmpty()) {
                            count("reviews from before the card was reset to new", before.size());
                        }
                        count("manual changes in the review log (resets, set due dates)");
                    }
                    case MANUAL -> count("manual changes in the review log (resets, set due dates)");
                    case UNKNOWN_RATING -> count("review log rows with a rating other than 1 to 4");
                }
            }
            if (notImported > 0) {
                count("reviews of cards that were not imported", notImported);
            }
            List<ImportedReview> out = new ArrayList<>();
            byCard.values().forEach(out::addAll);
            return out;
        }

        private void count(String reason) {
            count(reason, 1);
        }

        private void count(String reason, int n) {
            problems.merge(reason, n, Integer::sum);
        }
    }
}
