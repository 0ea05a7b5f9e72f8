package dev.gloss.store;

import dev.gloss.deck.DeckNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;

import java.util.Map;

/** Deck ids by name inside one transaction; creates missing decks, parents first. */
final class DeckIndex {
    private final Connection c;
    private final long nowMs;
    private final Map<String, Long> ids = new HashMap<>();

    DeckIndex(Connection c, long nowMs) throws SQLException {
        this.c = c;
        this.nowMs = nowMs;
        reload();
    }

    /** Reads the deck table again (after decks were added behind this index's back). */
    void reload() throws SQLException {
        ids.clear();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM deck");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(key(rs.getString(2)), rs.getLong(1));
            }
        }
    }

    Long find(String name) {
        return ids.get(key(name));
    }

    /** The deck's id, creating it (and any missing parent) with this description if it does not exist. */
    long ensure(String name, String description) throws SQLException {
        Long id = ids.get(key(name));
        if (id != null) {
            return id;
        }
        List<String> levels = DeckNames.levels(name);
        StringBuilder path = new StringBuilder();
        long created = -1;
        for (int i = 0; i < levels.size(); i++) {
            path.append(i == 0 ? "" : DeckNames.SEPARATOR).append(levels.get(i));
            String level = path.toString();
            Long known = ids.get(key(level));
            if (known == null) {
                known = insert(level, i == levels.size() - 1 ? description : "");
                ids.put(key(level), known);
            }
            created = known;
        }
        return created;
    }

    private long insert(String name, String description) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO deck (name, description, created_at, modified_at)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, description == null ? "" : description);
            ps.setLong(3, nowMs);
            ps.setLong(4, nowMs);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** SQLite's NOCASE folds ASCII letters only; so does this key. */
    private static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
        return out.toString();
    }

}
