package dev.gloss.cli;

import dev.gloss.GlossException;
import dev.gloss.exchange.BundledDecks;
import dev.gloss.store.Database;
import dev.gloss.study.ClockSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Everything a command needs, made on first use: the clock, the zone and the collection. */
public final class AppContext implements AutoCloseable {
    private final Io io;
    private String dbOption;
    private ZoneId zone;
    private Clock clock;
    private Database database;

    public AppContext(Io io) {
        this.io = io;
    }

    public Io io() {
        return io;
    }

    void setDbOption(String dbOption) {
        this.dbOption = dbOption;
    }

    /** {@code TZ} if set and valid, else the system zone. */
    public ZoneId zone() {
        if (zone == null) {
            String tz = io.env().get("TZ");
            ZoneId z = ZoneId.systemDefault();
            if (tz != null && !tz.isBlank()) {
                try {
                    z = ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
                } catch (DateTimeException e) {
                    // not a zone id Java knows (e.g. a POSIX rule); the JVM's own reading of TZ stands
                }
            }
            zone = z;
        }
        return zone;
    }

    public Clock clock() {
        if (clock == null) {
            try {
                clock = ClockSource.from(io.env(), zone());
            } catch (IllegalArgumentException e) {
                throw new GlossException(e.getMessage());
            }
        }
        return clock;
    }

    public Path databasePath() {
        return Database.resolvePath(dbOption, io.env());
    }

    /** The collection, opened and migrated; the bundled decks are added the first time it is used. */
    public Database database() {
        if (database == null) {
            database = Database.open(databasePath());
            BundledDecks.installOnce(database, clock().instant());
        }
        return database;
    }

    /** The collection without installing the bundled decks (for import and config). */
    public Database databaseWithoutBundled() {
        if (database == null) {
            database = Database.open(databasePath());
        }
        return database;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
