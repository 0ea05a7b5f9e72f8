package dev.gloss.store;

import dev.gloss.schedule.State;
import dev.gloss.stats.CalibrationGroup;
import dev.gloss.stats.CardGroup;
import dev.gloss.stats.CardFigures;
import dev.gloss.stats.CardSummary;
import dev.gloss.stats.ForecastGroup;
import dev.gloss.stats.Forecasts;
import dev.gloss.stats.RecallCard;
import dev.gloss.stats.ReviewGroup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The queries behind statistics: the review log and the cards aggregated in SQL, so that Java only sees groups
 * (and, one by one, the cards whose predicted recall is averaged, which takes each card's own curve). {@link dev.gloss.stats} turns the groups into
 * study days, hours and figures, and builds the same groups from rows and card states for its tests.
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
    private static final String CARD_GROUPS = "SELECT state, suspended, buried_until > ?, "
            + binCase("stability", CardFigures.STABILITY_EDGES) + ", " + binCase("difficulty", CardFigures.DIFFICULTY_EDGES)
            + ", count(*), sum(stability), sum(difficulty) FROM card WHERE 1%s GROUP BY 1, 2, 3, 4, 5";
    private static final String STUDIED = " FROM card WHERE state <> 0 AND suspended = 0";
    private static final String FORECAST_GROUPS = "SELECT max(due, ?) / 900000, state = 2, due < ?, count(*)"
            + STUDIED + " AND due < ?%s GROUP BY 1, 2, 3";
    private static final String RECALL_CARDS = "SELECT deck_id, last_review, stability" + STUDIED
            + " AND state IN (2, 3) AND last_review IS NOT NULL AND stability > 0%s";

    private final Database db;

    public StatsStore(Database db) {
        this.db = db;
    }

    /**
     * Answers grouped by quarter hour and state before, in that order.
     *
     * @param deckIds the decks whose cards count; null for every deck
     */
    public List<ReviewGroup> reviewGroups(Collection<Long> deckIds) {
        return select(reviewGroupsSql(deckIds), List.of(), deckIds, rs -> new ReviewGroup(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getInt(7)));
    }

    /** Answers with a prediction, given a study day or more after the previous one, by bin and rating. */
    public List<CalibrationGroup> calibrationGroups(Collection<Long> deckIds) {
        return select(calibrationGroupsSql(deckIds), List.of(), deckIds, rs -> new CalibrationGroup(rs.getInt(1), rs.getInt(2), rs.getLong(3),
                rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
    }

    /** The cards of the decks, as {@link CardSummary#of} summarizes card states. */
    public CardSummary cardSummary(Collection<Long> deckIds, Forecasts.Window window, Instant now) {
        String inDecks = deckIds == null ? "" : " AND deck_id IN (" + placeholders(deckIds) + ")";
        List<CardGroup> groups = select(String.format(CARD_GROUPS, inDecks), List.of(now.toEpochMilli()), deckIds,
                rs -> new CardGroup(State.of(rs.getInt(1)), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getDouble(7), rs.getDouble(8)));
        long todayStart = window.todayStart().toEpochMilli();
        List<ForecastGroup> forecast = select(String.format(FORECAST_GROUPS, inDecks),
                List.of(todayStart, todayStart, window.end().toEpochMilli()), deckIds,
                rs -> new ForecastGroup(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4)));
        List<RecallCard> recall = select(String.format(RECALL_CARDS, inDecks), List.of(), deckIds,
                rs -> new RecallCard(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getDouble(3)));
        return new CardSummary(groups, forecast, recall);
    }

    static String reviewGroupsSql(Collection<Long> deckIds) {
        return String.format(REVIEW_GROUPS, deckIds == null ? "" : " WHERE " + answersTo(deckIds));
    }

    static String calibrationGroupsSql(Collection<Long> deckIds) {
        return String.format(CALIBRATION_GROUPS, deckIds == null ? "" : " AND " + answersTo(deckIds));
    }

    /** {@link CardFigures#binOf} in SQL: the index of the last edge not above the value. */
    private static String binCase(String column, double[] edges) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < edges.length; i++) {
            sql.append(" WHEN ").append(column).append(" < ").append(edges[i]).append(" THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(edges.length - 1).append(" END").toString();
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

    /** Runs a query with {@code parameters} bound first, then the deck ids (if any), reading each row. */
    private <T> List<T> select(String sql, List<Long> parameters, Collection<Long> deckIds, RowReader<T> reader) {
        return db.query(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (long p : parameters) {
                    ps.setLong(i++, p);
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
