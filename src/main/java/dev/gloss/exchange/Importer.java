package dev.gloss.exchange;

import dev.gloss.store.ImportBatch;

/**
 * Reads one kind of file into an {@link ImportBatch}: parsed and checked completely, nothing written. One class
 * per format; {@link Importers} lists them, picks one by {@code --format} or recognises the file.
 */
public interface Importer {
    /** The name {@code --format} takes. */
    String format();

    /** A few words for help and errors, e.g. "Anki package (.apkg, .colpkg)". */
    String description();

    /** Whether this importer takes the file when no format is given, judging by its name and first bytes. */
    boolean recognizes(ImportSource source);

    /** Reads the whole file; throws {@link dev.gloss.GlossException} naming the file (and line) on bad input. */
    ImportBatch read(ImportSource source, ImportOptions options);
}
