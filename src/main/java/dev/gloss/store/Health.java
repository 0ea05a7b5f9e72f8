package dev.gloss.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A check-up of the collection file: SQLite's own integrity check, foreign keys, the schema version and
 * what the collection holds.
 *
 * @param problems what the integrity and foreign-key checks found (empty when all is well)
 */
public record Health(Path path, long fileBytes, int schemaVersion, int latestSchema, String journalMode, int decks,
                     long cards, long reviews, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty() && schemaVersion == latestSchema;
    }

    public static Health check(Database db) {
        return db.query(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            problems.add(rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("row " + rs.getLong(2) + " of " + rs.getString(1) + " points to a missing "
                                + rs.getString(3));
                    }
                }
                long size = Files.exists(db.path()) ? Files.size(db.path()) : 0;
                return new Health(db.path(), size, db.schemaVersion(), Migrations.latest(),
                        single(st, "PRAGMA journal_mode"), (int) count(st, "deck"), count(st, "card"),
                        count(st, "review_log"), problems);
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("cannot read the file size: " + e.getMessage(), e);
            }
        });
    }

    private static long count(Statement st, String table) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    private static String single(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }
}
