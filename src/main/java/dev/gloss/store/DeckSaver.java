package dev.gloss.store;

import dev.gloss.deck.Card;
import dev.gloss.deck.Deck;
import dev.gloss.deck.DeckNames;
import dev.gloss.deck.Entry;
import dev.gloss.deck.EntryJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds or updates a deck in the collection in one transaction. Cards are matched by their stable
 * id: new ids are added, changed text is updated in place (progress kept, card marked changed),
 * and cards missing from the new version are removed, or suspended if they have history.
 */
public final class DeckSaver {
    private final Database db;

    public DeckSaver(Database db) {
        this.db = db;
    }

    public ImportReport save(Deck deck, Instant now, boolean dryRun) {
        return saveAll(List.of(deck), now, dryRun).get(0);
    }

    /** Saves several decks in one transaction: all of them, or none. */
    public List<ImportReport> saveAll(List<Deck> decks, Instant now, boolean dryRun) {
        if (dryRun) {
            return db.query(c -> {
                List<ImportReport> out = new ArrayList<>();
                for (Deck d : decks) {
                    out.add(plan(c, d));
                }
                return out;
            });
        }
        return db.inTransaction(c -> {
            List<ImportReport> out = new ArrayList<>();
            for (Deck d : decks) {
                out.add(apply(c, d, now));
            }
            return out;
        });
    }

    private record Existing(long id, String kind, String entry, String front, String back, String choices,
                            String tags, boolean reviewed, boolean suspended) {
    }

    private ImportReport plan(Connection c, Deck deck) throws SQLException {
        Long deckId = deckId(c, deck.name());
        Map<String, Existing> existing = deckId == null ? Map.of() : existingCards(c, deckId);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.CardChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Card card : deck.cards()) {
            seen.add(card.id());
            Existing e = existing.get(card.id());
            if (e == null) {
                added++;
                changes.add(new ImportReport.CardChange(ImportReport.Change.ADDED, card.id(), card.front()));
            } else if (sameText(e, card)) {
                unchanged++;
            } else {
                updated++;
                changes.add(new ImportReport.CardChange(ImportReport.Change.UPDATED, card.id(), card.front()));
            }
        }
        int removed = 0;
        int retired = 0;
        for (Map.Entry<String, Existing> e : existing.entrySet()) {
            Existing gone = e.getValue();
            if (seen.contains(e.getKey()) || gone.reviewed() && gone.suspended()) {
                continue;
            }
            if (gone.reviewed()) {
                retired++;
                changes.add(new ImportReport.CardChange(ImportReport.Change.RETIRED, e.getKey(), gone.front()));
            } else {
                removed++;
                changes.add(new ImportReport.CardChange(ImportReport.Change.REMOVED, e.getKey(), gone.front()));
            }
        }
        return new ImportReport(deck.name(), deckId == null, added, updated, unchanged, removed, retired,
                deck.entries().size(), changes);
    }

    ImportReport apply(Connection c, Deck deck, Instant now) throws SQLException {
        ImportReport report = plan(c, deck);
        long ms = now.toEpochMilli();
        long deckId = ensureDeck(c, deck, ms);
        saveEntries(c, deckId, deck.entries());
        Map<String, Existing> existing = existingCards(c, deckId);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO card (uid, deck_id, entry, kind, front, back,"
                + " choices, tags, position, due, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE card SET entry = ?, kind = ?, front = ?, back = ?,"
                     + " choices = ?, tags = ?, position = ?, changed = 1, modified_at = ? WHERE id = ?");
             PreparedStatement reposition = c.prepareStatement("UPDATE card SET position = ? WHERE id = ?")) {
            int position = 0;
            for (Card card : deck.cards()) {
                position++;
                Existing e = existing.get(card.id());
                if (e == null) {
                    insert.setString(1, card.id());
                    insert.setLong(2, deckId);
                    insert.setString(3, card.entry());
                    insert.setString(4, card.kind().jsonName());
                    insert.setString(5, card.front());
                    insert.setString(6, card.back());
                    insert.setString(7, CardRows.joinChoices(card.choices()));
                    insert.setString(8, CardRows.joinTags(card.tags()));
                    insert.setInt(9, position);
                    insert.setLong(10, ms);
                    insert.setLong(11, ms);
                    insert.setLong(12, ms);
                    insert.addBatch();
                } else if (!sameText(e, card)) {
                    update.setString(1, card.entry());
                    update.setString(2, card.kind().jsonName());
                    update.setString(3, card.front());
                    update.setString(4, card.back());
                    update.setString(5, CardRows.joinChoices(card.choices()));
                    update.setString(6, CardRows.joinTags(card.tags()));
                    update.setInt(7, position);
                    update.setLong(8, ms);
                    update.setLong(9, e.id());
                    update.addBatch();
                } else {
                    reposition.setInt(1, position);
                    reposition.setLong(2, e.id());
                    reposition.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            reposition.executeBatch();
        }
        Set<String> wanted = new HashSet<>();
        deck.cards().forEach(card -> wanted.add(card.id()));
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM card WHERE id = ?");
             PreparedStatement retire = c.prepareStatement("UPDATE card SET suspended = 1, modified_at = ? WHERE id = ?")) {
            for (Map.Entry<String, Existing> e : existing.entrySet()) {
                if (wanted.contains(e.getKey())) {
                    continue;
                }
                if (e.getValue().reviewed()) {
                    retire.setLong(1, ms);
                    retire.setLong(2, e.getValue().id());
                    retire.addBatch();
                } else {
                    delete.setLong(1, e.getValue().id());
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            retire.executeBatch();
        }
        return report;
    }

    private static boolean sameText(Existing e, Card card) {
        return e.kind().equals(card.kind().jsonName()) && e.entry().equals(card.entry()) && e.front().equals(card.front())
                && e.back().equals(card.back()) && e.choices().equals(CardRows.joinChoices(card.choices()))
                && e.tags().equals(CardRows.joinTags(card.tags()));
    }

    private static Long deckId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM deck WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Creates the deck (and any missing parent decks) or updates its description; returns its id. */
    private static long ensureDeck(Connection c, Deck deck, long ms) throws SQLException {
        List<String> levels = DeckNames.levels(deck.name());
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < levels.size() - 1; i++) {
            parent.append(i == 0 ? "" : DeckNames.SEPARATOR).append(levels.get(i));
            if (deckId(c, parent.toString()) == null) {
                insertDeck(c, parent.toString(), "", "[]", ms);
            }
        }
        Long id = deckId(c, deck.name());
        String faqs = EntryJson.encodeFaqs(deck.faqs());
        if (id == null) {
            return insertDeck(c, deck.name(), deck.description(), faqs, ms);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE deck SET description = ?, faqs = ?, modified_at = ? WHERE id = ?")) {
            ps.setString(1, deck.description());
            ps.setString(2, faqs);
            ps.setLong(3, ms);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
        return id;
    }

    private static long insertDeck(Connection c, String name, String description, String faqs, long ms)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO deck (name, description, faqs, created_at,"
                + " modified_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, description);
            ps.setString(3, faqs);
            ps.setLong(4, ms);
            ps.setLong(5, ms);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void saveEntries(Connection c, long deckId, List<Entry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM entry WHERE deck_id = ?")) {
            ps.setLong(1, deckId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entry (deck_id, term, position, data) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (deck_id, term) DO UPDATE SET position = excluded.position, data = excluded.data")) {
            int position = 0;
            for (Entry e : entries) {
                ps.setLong(1, deckId);
                ps.setString(2, e.term());
                ps.setInt(3, ++position);
                ps.setString(4, EntryJson.encode(e));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, Existing> existingCards(Connection c, long deckId) throws SQLException {
        Map<String, Existing> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uid, kind, entry, front, back, choices, tags,"
                + " reps > 0 OR EXISTS (SELECT 1 FROM review_log r WHERE r.card_id = card.id), suspended"
                + " FROM card WHERE deck_id = ?")) {
            ps.setLong(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                            rs.getBoolean(10)));
                }
            }
        }
        return out;
    }
}
