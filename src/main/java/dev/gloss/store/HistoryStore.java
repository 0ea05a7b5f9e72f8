package dev.gloss.store;

import dev.gloss.schedule.StudyCalendar;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the review log says about recent days, read through its time index: a day's count is one
 * range query, and the streak probes one day at a time backwards until a day without reviews, so
 * neither depends on the size of the log.
 */
public final class HistoryStore {
    /** A streak is not followed further back than this (about 27 years). */
    private static final int LONGEST_STREAK = 10_000;

    private final Database db;

    public HistoryStore(Database db) {
        this.db = db;
    }

    /** Reviews logged at or after {@code from} and before {@code to}. */
    public int reviewsBetween(Instant from, Instant to) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Reviews logged in the study day {@code now} falls in. */
    public int reviewsToday(StudyCalendar calendar, Instant now) {
        LocalDate today = calendar.dayOf(now);
        return reviewsBetween(calendar.startOf(today), calendar.startOf(today.plusDays(1)));
    }

    /**
     * Consecutive study days with at least one review, ending today; when nothing is logged yet
     * today, ending yesterday (the streak is still alive until the day is over).
     */
    public int streak(StudyCalendar calendar, Instant now) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ? LIMIT 1")) {
                LocalDate day = calendar.dayOf(now);
                if (!hasReviews(ps, calendar, day)) {
                    day = day.minusDays(1);
                }
                int streak = 0;
                while (streak < LONGEST_STREAK && hasReviews(ps, calendar, day)) {
                    streak++;
                    day = day.minusDays(1);
                }
                return streak;
            }
        });
    }

    private static boolean hasReviews(PreparedStatement ps, StudyCalendar calendar, LocalDate day)
            throws SQLException {
        ps.setLong(1, calendar.startOf(day).toEpochMilli());
        ps.setLong(2, calendar.startOf(day.plusDays(1)).toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
