package dev.gloss.store;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.State;
import dev.gloss.study.StudyCard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Mapping between card rows and records; the one place that knows the column layout of a card. */
final class CardRows {
    /** Separates choices in the {@code choices} column (they are plain text and never contain it). */
    static final String CHOICE_SEPARATOR = "\u001f";

    static final String STUDY_COLUMNS = "c.id, c.uid, c.deck_id, d.name, c.kind, c.entry, c.front, c.back, c.choices, "
            + "c.state, c.stability, c.difficulty, c.due, c.last_review, c.scheduled_days, c.step, c.reps, c.lapses";

    private CardRows() {
    }

    static StudyCard studyCard(ResultSet rs) throws SQLException {
        return new StudyCard(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                CardKind.fromJsonName(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                splitChoices(rs.getString(9)), schedule(rs, 10));
    }

    /** Reads the nine schedule columns starting at {@code first}. */
    static CardSchedule schedule(ResultSet rs, int first) throws SQLException {
        long lastReview = rs.getLong(first + 4);
        boolean hasLastReview = !rs.wasNull();
        return new CardSchedule(State.of(rs.getInt(first)), rs.getDouble(first + 1), rs.getDouble(first + 2),
                Instant.ofEpochMilli(rs.getLong(first + 3)), hasLastReview ? Instant.ofEpochMilli(lastReview) : null,
                rs.getInt(first + 5), rs.getInt(first + 6), rs.getInt(first + 7), rs.getInt(first + 8));
    }

    /** Binds state, stability, difficulty, due, last_review, scheduled_days, step, reps, lapses from {@code first}. */
    static void bindSchedule(PreparedStatement ps, int first, CardSchedule s) throws SQLException {
        ps.setInt(first, s.state().code());
        ps.setDouble(first + 1, s.stability());
        ps.setDouble(first + 2, s.difficulty());
        ps.setLong(first + 3, s.due().toEpochMilli());
        if (s.lastReview() == null) {
            ps.setNull(first + 4, Types.INTEGER);
        } else {
            ps.setLong(first + 4, s.lastReview().toEpochMilli());
        }
        ps.setInt(first + 5, s.scheduledDays());
        ps.setInt(first + 6, s.learningStep());
        ps.setInt(first + 7, s.reps());
        ps.setInt(first + 8, s.lapses());
    }

    static List<String> splitChoices(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(CHOICE_SEPARATOR, -1));
    }

    static String joinChoices(List<String> choices) {
        return String.join(CHOICE_SEPARATOR, choices);
    }

    static String joinTags(List<String> tags) {
        return String.join(" ", tags);
    }

    static List<String> splitTags(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.trim().split("\\s+"));
    }
}
