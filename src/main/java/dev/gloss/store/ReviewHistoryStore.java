package dev.gloss.store;

import dev.gloss.schedule.optimizer.ReviewRecord;
import dev.gloss.study.DeckRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The review log as the FSRS optimizer reads it. */
public final class ReviewHistoryStore {
    private final Database db;

    public ReviewHistoryStore(Database db) {
        this.db = db;
    }

    /** Every answer (rating 1..4) of the given decks' cards (all decks when null), by card then time. */
    public List<ReviewRecord> records(Collection<DeckRef> decks) {
        String where = decks == null ? "" : " JOIN card c ON c.id = r.card_id WHERE c.deck_id IN ("
                + SqliteStudyStore.placeholders(Math.max(1, decks.size())) + ")";
        String sql = "SELECT r.card_id, r.reviewed_at, r.rating, r.state, r.duration_ms FROM review_log r" + where
                + (where.isEmpty() ? " WHERE" : " AND") + " r.rating BETWEEN 1 AND 4 ORDER BY r.card_id, r.reviewed_at, r.id";
        return db.query(c -> {
            List<ReviewRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (decks != null) {
                    if (decks.isEmpty()) {
                        ps.setLong(1, -1);
                    } else {
                        SqliteStudyStore.bindIds(ps, 1, decks.stream().map(DeckRef::id).toList());
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReviewRecord(Long.toString(rs.getLong(1)), rs.getLong(2), rs.getInt(3),
                                rs.getInt(4), rs.getLong(5)));
                    }
                }
            }
            return out;
        });
    }
}
