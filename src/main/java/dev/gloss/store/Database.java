package dev.gloss.store;

import dev.gloss.GlossException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The one place that opens the collection: a single SQLite file in WAL mode with foreign keys on,
 * a busy timeout (two terminals on one collection wait instead of failing), write transactions that
 * take the lock at BEGIN, and numbered migrations keyed by {@code PRAGMA user_version}.
 */
public final class Database implements AutoCloseable {
    /** "GLSS": marks the file as a Gloss collection. */
    static final int APPLICATION_ID = 0x474C5353;
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path path;
    private final Connection connection;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** The collection path: {@code --db}, else {@code GLOSS_DB}, else the XDG data dir. */
    public static Path resolvePath(String dbOption, Map<String, String> env) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get("GLOSS_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return DataDirectory.resolve(env).resolve("gloss.db");
    }

    /** Opens (creating if needed) and migrates the collection. */
    public static Database open(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new GlossException("cannot create the folder for the database " + path + " (" + e.getMessage() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new GlossException(path + " is a folder, not a database file");
        }
        Connection connection;
        try {
            connection = config().createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw failure(path, "cannot open", e);
        }
        Database db = new Database(path, connection);
        try {
            db.checkAndMigrate();
        } catch (SQLException e) {
            db.closeQuietly();
            throw failure(path, "cannot open", e);
        } catch (RuntimeException e) {
            db.closeQuietly();
            throw e;
        }
        return db;
    }

    private static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        // FULL: an answer is on disk before the next card is shown, even across a power cut.
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return cfg;
    }

    private void checkAndMigrate() throws SQLException {
        int version;
        int applicationId;
        try (Statement st = connection.createStatement()) {
            version = intPragma(st, "user_version");
            applicationId = intPragma(st, "application_id");
        }
        if (applicationId != 0 && applicationId != APPLICATION_ID) {
            throw new GlossException(path + " is an SQLite file of another program, not a Gloss collection");
        }
        if (version > Migrations.latest()) {
            throw new GlossException(path + " was written by a newer Gloss (schema " + version
                    + ", this one knows up to " + Migrations.latest() + "); update Gloss");
        }
        if (version == 0 && applicationId == 0 && hasUserTables()) {
            throw new GlossException(path + " is an SQLite file of another program, not a Gloss collection");
        }
        try (Statement st = connection.createStatement()) {
            if (!"wal".equalsIgnoreCase(stringPragma(st, "journal_mode"))) {
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
        for (int v = version; v < Migrations.latest(); v++) {
            migrate(v);
        }
    }

    private boolean hasUserTables() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void migrate(int from) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            if (intPragma(st, "user_version") != from) {
                connection.rollback(); // another process migrated it meanwhile
                return;
            }
            for (String sql : Migrations.STEPS.get(from).split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + (from + 1));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String stringPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    public Path path() {
        return path;
    }

    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        return query(c -> {
            try (Statement st = c.createStatement()) {
                return intPragma(st, "user_version");
            }
        });
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(path, "cannot write", e);
        }
    }

    /** Runs read-only {@code work} outside a transaction. */
    public <T> T query(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(path, "cannot read", e);
        }
    }

    /** Turns an SQLite error into one sentence a user can act on. */
    static GlossException failure(Path path, String doing, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new GlossException("the database " + path
                        + " is locked by another program (waited " + BUSY_TIMEOUT_MS / 1000 + " s); close it and try again", e);
            }
            if (name.startsWith("SQLITE_NOTADB")) {
                return new GlossException(path + " is not a Gloss database (not an SQLite file)", e);
            }
            if (name.startsWith("SQLITE_CORRUPT")) {
                return new GlossException("the database " + path + " is damaged (" + name + ")", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")
                    || name.startsWith("SQLITE_AUTH")) {
                return new GlossException(doing + " the database " + path + ": permission denied or read-only", e);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new GlossException(doing + " the database " + path + ": the disk is full", e);
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new GlossException(doing + " the database " + path + ": " + message, e);
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw failure(path, "cannot close", e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
