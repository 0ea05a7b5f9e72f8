package dev.gloss.store;

import dev.gloss.GlossException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void openingANewFileCreatesTheSchemaInWalModeWithForeignKeysOn() throws Exception {
        Path file = dir.resolve("nested/folder/gloss.db");
        try (Database db = Database.open(file)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "busy_timeout")).isEqualTo("5000");
            assertThat(pragma(db, "synchronous")).isEqualTo("2");
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(Integer.parseInt(pragma(db, "application_id"))).isEqualTo(Database.APPLICATION_ID);
            assertThat(tables(db)).contains("deck", "entry", "card", "review_log", "config");
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("gloss.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO config (scope, key, value) VALUES ('', 'fuzz', 'off')"));
        }
        try (Database db = Database.open(file)) {
            assertThat(new ConfigStore(db).stored("")).hasSize(1);
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO config (scope, key, value) VALUES ('', 'a', 'b')");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(new ConfigStore(db).flag("a")).isNull();
            int rows = db.query(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM config")) {
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithOneSentence() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a database, just some text that is long enough to be a header".repeat(20));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(GlossException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a Gloss database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsSqliteFileIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(GlossException.class)
                .hasMessageContaining("not a Gloss collection");
    }

    @Test
    void aCollectionFromANewerGlossIsRefused() throws Exception {
        Path file = dir.resolve("gloss.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(GlossException.class)
                .hasMessageContaining("newer Gloss");
    }

    @Test
    void theDefaultPathFollowsXdgThenHome() {
        assertThat(Database.resolvePath(null, Map.of("XDG_DATA_HOME", "/x/data", "HOME", "/home/u")))
                .isEqualTo(Path.of("/x/data/gloss/gloss.db"));
        assertThat(Database.resolvePath(null, Map.of("HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.local/share/gloss/gloss.db"));
        assertThat(Database.resolvePath(null, Map.of("GLOSS_DB", "/tmp/a.db", "HOME", "/home/u")))
                .isEqualTo(Path.of("/tmp/a.db"));
        assertThat(Database.resolvePath("/tmp/b.db", Map.of("GLOSS_DB", "/tmp/a.db")))
                .isEqualTo(Path.of("/tmp/b.db"));
    }

    private static String pragma(Database db, String name) {
        return db.query(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA " + name)) {
                return rs.getString(1);
            }
        });
    }

    private static java.util.List<String> tables(Database db) {
        return db.query(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
