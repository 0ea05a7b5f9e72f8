package dev.gloss.store;

import dev.gloss.schedule.State;
import dev.gloss.stats.CalibrationGroup;
import dev.gloss.stats.CardState;
import dev.gloss.stats.NewCards;
import dev.gloss.stats.ReviewGroup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The queries behind statistics. The review log is aggregated in SQL, so that Java sees groups, not a million rows;
 * {@link dev.gloss.stats} turns the groups into study days, hours and figures (and builds the same groups from rows
 * for its tests). New cards are only counted; the others are read one by one: a hundred thousand narrow rows cost
 * less than grouping them in SQL.
 * Grouping answers by quarter hour (UTC) is exact: every zone offset and day-start boundary falls on a quarter hour.
 * The review-log queries run over the covering indexes of migration 2.
 */
public final class StatsStore {
    // The GROUP BY expressions are those of the indexes review_log_by_quarter and review_log_by_prediction.
    private static final String REVIEW_GROUPS = "SELECT reviewed_at / 900000, state, count(*), sum(rating = 1),"
            + " sum(duration_ms), sum(coalesce(prev_scheduled_days, elapsed_days) >= 21),"
            + " sum(rating = 1 AND coalesce(prev_scheduled_days, elapsed_days) >= 21)"
            + " FROM review_log%s GROUP BY reviewed_at / 900000, state";
    private static final String CALIBRATION_GROUPS = "SELECT min(CAST(retrievability * 20 AS INT), 19), rating,"
            + " count(*), sum(retrievability), sum(retrievability * retrievability),"
            + " sum(ln(max(CASE WHEN rating > 1 THEN retrievability ELSE 1 - retrievability END, 0.0001)))"
            + " FROM review_log WHERE retrievability IS NOT NULL AND elapsed_days >= 1"
            + " AND retrievability BETWEEN 0 AND 1%s"
            + " GROUP BY min(CAST(retrievability * 20 AS INT), 19), rating";
    private static final String NEW_CARDS = "SELECT suspended, buried_until > ?, count(*) FROM card WHERE state = 0%s"
            + " GROUP BY 1, 2";
    private static final String SEEN_CARDS = "SELECT deck_id, state, stability, difficulty, due, last_review,"
            + " suspended, buried_until FROM card WHERE state <> 0%s";

    private final Database db;

    public StatsStore(Database db) {
        this.db = db;
    }

    /** Everything statistics read from the collection. */
    public record Snapshot(List<ReviewGroup> reviews, List<CalibrationGroup> calibration, NewCards newCards,
                           List<CardState> seenCards) {
    }

    /**
     * Reads everything at once: the calibration groups on a second connection to the same file while this one
     * aggregates the answers and reads the cards, since the two scans of the review log are independent and
     * each takes a core. (In WAL mode both connections read the same committed state unless an answer is
     * committed in between, which moves at most one answer between the two figures.)
     */
    public Snapshot snapshot(Collection<Long> deckIds, Instant now) {
        CompletableFuture<List<CalibrationGroup>> calibration = CompletableFuture.supplyAsync(() -> {
            try (Database second = Database.open(db.path())) {
                return new StatsStore(second).calibrationGroups(deckIds);
            }
        });
        List<ReviewGroup> reviews = reviewGroups(deckIds);
        NewCards newCards = newCards(deckIds, now);
        List<CardState> seen = seenCards(deckIds);
        try {
            return new Snapshot(reviews, calibration.join(), newCards, seen);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Answers grouped by quarter hour and state before, in that order.
     *
     * @param deckIds the decks whose cards count; null for every deck
     */
    public List<ReviewGroup> reviewGroups(Collection<Long> deckIds) {
        return select(reviewGroupsSql(deckIds), null, deckIds, rs -> new ReviewGroup(rs.getLong(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getInt(7)));
    }

    /** Answers with a prediction, given a study day or more after the previous one, by bin and rating. */
    public List<CalibrationGroup> calibrationGroups(Collection<Long> deckIds) {
        return select(calibrationGroupsSql(deckIds), null, deckIds, rs -> new CalibrationGroup(rs.getInt(1),
                rs.getInt(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
    }

    /** The new cards of the decks, counted as {@link NewCards#of} counts them. */
    public NewCards newCards(Collection<Long> deckIds, Instant now) {
        record Group(boolean suspended, boolean buried, int cards) {
        }
        List<Group> groups = select(String.format(NEW_CARDS, inDecks(deckIds)), now.toEpochMilli(), deckIds,
                rs -> new Group(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3)));
        int available = 0;
        int suspended = 0;
        int buried = 0;
        for (Group g : groups) {
            if (g.suspended()) {
                suspended += g.cards();
            } else if (g.buried()) {
                buried += g.cards();
            } else {
                available += g.cards();
            }
        }
        return new NewCards(available, suspended, buried);
    }

    /** The state of every card of the decks that has been answered at least once. */
    public List<CardState> seenCards(Collection<Long> deckIds) {
        return select(String.format(SEEN_CARDS, inDecks(deckIds)), null, deckIds, rs -> {
            long lastReview = rs.getLong(6);
            boolean reviewed = !rs.wasNull();
            long buried = rs.getLong(8);
            return new CardState(rs.getLong(1), State.of(rs.getInt(2)), rs.getDouble(3), rs.getDouble(4),
                    Instant.ofEpochMilli(rs.getLong(5)), reviewed ? Instant.ofEpochMilli(lastReview) : null,
                    rs.getBoolean(7), buried == 0 ? null : Instant.ofEpochMilli(buried));
        });
    }

    private static String inDecks(Collection<Long> deckIds) {
        return deckIds == null ? "" : " AND deck_id IN (" + placeholders(deckIds) + ")";
    }

    static String reviewGroupsSql(Collection<Long> deckIds) {
        return String.format(REVIEW_GROUPS, deckIds == null ? "" : " WHERE " + answersTo(deckIds));
    }

    static String calibrationGroupsSql(Collection<Long> deckIds) {
        return String.format(CALIBRATION_GROUPS, deckIds == null ? "" : " AND " + answersTo(deckIds));
    }

    /**
     * The answers' cards belong to the decks. The {@code +} keeps SQLite from driving the query by card: scanning the
     * covering index and testing each card id against this small set is faster for all but the smallest decks.
     */
    private static String answersTo(Collection<Long> deckIds) {
        return "+card_id IN (SELECT id FROM card WHERE deck_id IN (" + placeholders(deckIds) + "))";
    }

    private static String placeholders(Collection<Long> deckIds) {
        return SqliteStudyStore.placeholders(Math.max(1, deckIds.size()));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with {@code first} (if not null) and then the deck ids (if any) bound, reading each row. */
    private <T> List<T> select(String sql, Long first, Collection<Long> deckIds, RowReader<T> reader) {
        return db.query(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (first != null) {
                    ps.setLong(i++, first);
                }
                if (deckIds != null) {
                    if (deckIds.isEmpty()) {
                        ps.setLong(i, -1);
                    } else {
                        SqliteStudyStore.bindIds(ps, i, deckIds);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
            }
            return out;
        });
    }
}
