package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.deck.Deck;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.DeckSaver;
import dev.gloss.store.DeckStore;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The decks shipped in the jar (from {@code decks/}); a new collection gets them on first use. */
public final class BundledDecks {
    /** Every file in {@code decks/*.json}; a test checks the two agree. */
    public static final List<String> FILES = List.of("ai-glossary.json");
    private static final String FLAG = "bundled-decks-installed";

    private BundledDecks() {
    }

    public static List<Deck> load() {
        List<Deck> decks = new ArrayList<>();
        for (String file : FILES) {
            String resource = "/decks/" + file;
            try (InputStream in = BundledDecks.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new GlossException("bundled deck " + file + " is missing from this build of Gloss");
                }
                decks.add(DeckJson.read(in, "bundled deck " + file));
            } catch (IOException e) {
                throw new GlossException("cannot read bundled deck " + file + ": " + e.getMessage());
            }
        }
        return decks;
    }

    /**
     * Installs the bundled decks into a collection that has never had a deck; a collection that already
     * has decks is left exactly as it is.
     */
    public static void installOnce(Database db, Instant now) {
        ConfigStore config = new ConfigStore(db);
        if (config.flag(FLAG) != null) {
            return;
        }
        if (new DeckStore(db).count() > 0) {
            return; // the user brought decks first; a read-only command must not write
        }
        new DeckSaver(db).saveAll(load(), now, false);
        // set after the decks are in: a crash in between leaves a non-empty collection, which is not refilled
        db.inTransaction(c -> {
            config.setFlag(c, FLAG, now.toString());
            return null;
        });
    }
}
