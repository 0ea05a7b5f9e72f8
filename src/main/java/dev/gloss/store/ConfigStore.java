package dev.gloss.store;

import dev.gloss.deck.DeckNames;
import dev.gloss.study.Setting;
import dev.gloss.study.Settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options in the {@code config} table. Scope "" holds global values; a deck name holds values for
 * that deck and its sub-decks (the nearest ancestor with a value wins).
 */
public final class ConfigStore {
    private final Database db;

    public ConfigStore(Database db) {
        this.db = db;
    }

    /** Values stored for one scope, by setting (unknown keys, e.g. from newer versions, are ignored). */
    public Map<Setting, String> stored(String scope) {
        return db.query(c -> {
            Map<Setting, String> out = new EnumMap<>(Setting.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM config WHERE scope = ?")) {
                ps.setString(1, scope == null ? "" : scope);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (Setting s : Setting.values()) {
                            if (s.key().equals(rs.getString(1))) {
                                out.put(s, rs.getString(2));
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Effective settings for a deck (null: the global ones). */
    public Settings settingsFor(String deckName) {
        Map<Setting, String> values = new EnumMap<>(stored(""));
        if (deckName != null && !deckName.isBlank()) {
            StringBuilder prefix = new StringBuilder();
            for (String level : DeckNames.levels(deckName)) {
                prefix.append(prefix.length() == 0 ? "" : DeckNames.SEPARATOR).append(level);
                values.putAll(stored(prefix.toString()));
            }
        }
        return Settings.from(values);
    }

    /** Every setting with its effective value for a scope and where it comes from. */
    public Map<Setting, String> effective(String scope) {
        Map<Setting, String> global = stored("");
        Map<Setting, String> own = scope == null || scope.isEmpty() ? Map.of() : stored(scope);
        Map<Setting, String> out = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            out.put(s, own.getOrDefault(s, global.getOrDefault(s, s.defaultValue())));
        }
        return out;
    }

    /** Stores a checked value; throws IllegalArgumentException naming the valid range. */
    public String set(String scope, Setting setting, String value) {
        String normalized = setting.normalize(value);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO config (scope, key, value) VALUES (?, ?, ?) "
                            + "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, scope == null ? "" : scope);
                ps.setString(2, setting.key());
                ps.setString(3, normalized);
                ps.executeUpdate();
            }
            return null;
        });
        return normalized;
    }

    /** Removes a stored value so the default (or the global value, for a deck) applies again. */
    public boolean unset(String scope, Setting setting) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM config WHERE scope = ? AND key = ?")) {
                ps.setString(1, scope == null ? "" : scope);
                ps.setString(2, setting.key());
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Internal flags (not user settings), e.g. whether the bundled decks were installed. */
    public String flag(String key) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM config WHERE scope = '#' AND key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public void setFlag(java.sql.Connection c, String key, String value) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO config (scope, key, value) VALUES ('#', ?, ?) "
                + "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
