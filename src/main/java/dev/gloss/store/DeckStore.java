package dev.gloss.store;

import dev.gloss.deck.DeckNames;
import dev.gloss.schedule.StudyCalendar;
import dev.gloss.study.DeckRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decks and their counts. */
public final class DeckStore {
    private final Database db;

    public DeckStore(Database db) {
        this.db = db;
    }

    public List<DeckRef> refs() {
        return db.query(c -> {
            List<DeckRef> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM deck ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeckRef(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    public Optional<DeckRef> find(String name) {
        return refs().stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public int count() {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM deck");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Every deck with today's counts; a parent's counts include its sub-decks. */
    public List<DeckSummary> summaries(Instant now, ZoneId zone) {
        ConfigStore config = new ConfigStore(db);
        StudyCalendar calendar = config.settingsFor(null).calendar(zone);
        Instant endOfDay = calendar.endOfDay(now);
        Instant startOfDay = calendar.startOf(calendar.dayOf(now));
        record Own(long id, String name, String description, int newTotal, int learning, int due, int total,
                   int suspended, int newStudiedToday) {
        }
        List<Own> own = db.query(c -> {
            Map<Long, Integer> studied = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.deck_id, count(DISTINCT r.card_id)"
                    + " FROM review_log r JOIN card c ON c.id = r.card_id WHERE r.reviewed_at >= ? AND r.state = 0"
                    + " GROUP BY c.deck_id")) {
                ps.setLong(1, startOfDay.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        studied.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            List<Own> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.name, d.description,"
                    + " coalesce(sum(c.state = 0 AND c.suspended = 0 AND c.buried_until <= ?), 0),"
                    + " coalesce(sum(c.state IN (1, 3) AND c.due < ? AND c.suspended = 0 AND c.buried_until <= ?), 0),"
                    + " coalesce(sum(c.state = 2 AND c.due < ? AND c.suspended = 0 AND c.buried_until <= ?), 0),"
                    + " count(c.id), coalesce(sum(c.suspended), 0)"
                    + " FROM deck d LEFT JOIN card c ON c.deck_id = d.id GROUP BY d.id ORDER BY d.name COLLATE NOCASE")) {
                long n = now.toEpochMilli();
                long e = endOfDay.toEpochMilli();
                ps.setLong(1, n);
                ps.setLong(2, e);
                ps.setLong(3, n);
                ps.setLong(4, e);
                ps.setLong(5, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        rows.add(new Own(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getInt(7), rs.getInt(8), studied.getOrDefault(id, 0)));
                    }
                }
            }
            return rows;
        });
        Map<String, Integer> limits = new HashMap<>();
        for (Own d : own) {
            limits.put(d.name(), config.settingsFor(d.name()).newPerDay());
        }
        List<DeckSummary> out = new ArrayList<>();
        for (Own deck : own) {
            int newToday = 0;
            int learning = 0;
            int due = 0;
            int total = 0;
            int newTotal = 0;
            int suspended = 0;
            for (Own d : own) {
                if (DeckNames.isWithin(d.name(), deck.name())) {
                    int limit = limits.get(d.name());
                    newToday += Math.min(d.newTotal(), Math.max(0, limit - d.newStudiedToday()));
                    learning += d.learning();
                    due += d.due();
                    total += d.total();
                    newTotal += d.newTotal();
                    suspended += d.suspended();
                }
            }
            out.add(new DeckSummary(deck.id(), deck.name(), deck.description(), newToday, learning, due, total,
                    newTotal, suspended));
        }
        return out;
    }
}
