package dev.gloss.store;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.study.Answer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes review-log rows. Rows are only ever appended (undo takes back the newest one). */
final class ReviewLogStore {
    private static final String INSERT = "INSERT INTO review_log (card_id, reviewed_at, rating, state, elapsed_days,"
            + " scheduled_days, duration_ms, stability, difficulty, retrievability, mode, prev_state, prev_stability,"
            + " prev_difficulty, prev_due, prev_last_review, prev_scheduled_days, prev_step, prev_reps, prev_lapses)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ReviewLogStore() {
    }

    static void insert(Connection c, Answer a) throws SQLException {
        CardSchedule before = a.before();
        CardSchedule after = a.after();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setLong(1, a.card().id());
            ps.setLong(2, a.reviewedAt().toEpochMilli());
            ps.setInt(3, a.rating().value());
            ps.setInt(4, before.state().code());
            ps.setLong(5, a.elapsedDays());
            ps.setInt(6, after.scheduledDays());
            ps.setLong(7, a.durationMs());
            ps.setDouble(8, after.stability());
            ps.setDouble(9, after.difficulty());
            if (a.retrievability() == null) {
                ps.setNull(10, Types.REAL);
            } else {
                ps.setDouble(10, a.retrievability());
            }
            ps.setString(11, a.mode() == null ? "" : a.mode());
            CardRows.bindSchedule(ps, 12, before);
            ps.executeUpdate();
        }
    }
}
