package dev.gloss.store;

import dev.gloss.deck.CardKind;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.study.Answer;
import dev.gloss.study.DeckAnswer;
import dev.gloss.study.DeckRef;
import dev.gloss.study.Settings;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudyStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The study session's view of the SQLite collection. */
public final class SqliteStudyStore implements StudyStore {
    private final Database db;
    private final ConfigStore config;
    private final Map<String, Settings> settings = new HashMap<>();

    public SqliteStudyStore(Database db) {
        this.db = db;
        this.config = new ConfigStore(db);
    }

    @Override
    public List<DeckRef> decks() {
        return new DeckStore(db).refs();
    }

    @Override
    public List<StudyCard> dueCards(Collection<Long> deckIds, Instant before, Instant now) {
        if (deckIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + CardRows.STUDY_COLUMNS + " FROM card c JOIN deck d ON d.id = c.deck_id"
                + " WHERE c.deck_id IN (" + placeholders(deckIds.size()) + ") AND c.state IN (1, 2, 3)"
                + " AND c.due < ? AND c.suspended = 0 AND c.buried_until <= ? ORDER BY c.due, c.id";
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bindIds(ps, 1, deckIds);
                ps.setLong(i, before.toEpochMilli());
                ps.setLong(i + 1, now.toEpochMilli());
                return readCards(ps);
            }
        });
    }

    @Override
    public List<StudyCard> newCards(long deckId, int limit, Instant now) {
        String sql = "SELECT " + CardRows.STUDY_COLUMNS + " FROM card c JOIN deck d ON d.id = c.deck_id"
                + " WHERE c.deck_id = ? AND c.state = 0 AND c.suspended = 0 AND c.buried_until <= ?"
                + " ORDER BY c.position, c.id LIMIT ?";
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, deckId);
                ps.setLong(2, now.toEpochMilli());
                ps.setInt(3, limit);
                return readCards(ps);
            }
        });
    }

    @Override
    public Map<Long, Integer> newCardsStudiedSince(Collection<Long> deckIds, Instant since) {
        if (deckIds.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT c.deck_id, count(DISTINCT r.card_id) FROM review_log r JOIN card c ON c.id = r.card_id"
                + " WHERE r.reviewed_at >= ? AND r.state = 0 AND c.deck_id IN (" + placeholders(deckIds.size()) + ")"
                + " GROUP BY c.deck_id";
        return db.query(c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, since.toEpochMilli());
                bindIds(ps, 2, deckIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int countDue(Collection<Long> deckIds, Instant before) {
        if (deckIds.isEmpty()) {
            return 0;
        }
        String sql = "SELECT count(*) FROM card WHERE deck_id IN (" + placeholders(deckIds.size()) + ")"
                + " AND state IN (1, 2, 3) AND due < ? AND suspended = 0";
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bindIds(ps, 1, deckIds);
                ps.setLong(i, before.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<DeckAnswer> answers(Collection<Long> deckIds) {
        if (deckIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT id, deck_id, kind, back FROM card WHERE deck_id IN (" + placeholders(deckIds.size())
                + ") ORDER BY deck_id, position, id";
        return db.query(c -> {
            List<DeckAnswer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindIds(ps, 1, deckIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeckAnswer(rs.getLong(1), rs.getLong(2), CardKind.fromJsonName(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveAnswer(Answer a) {
        db.inTransaction(c -> {
            ReviewLogStore.insert(c, a);
            try (PreparedStatement ps = c.prepareStatement("UPDATE card SET state = ?, stability = ?, difficulty = ?,"
                    + " due = ?, last_review = ?, scheduled_days = ?, step = ?, reps = ?, lapses = ?, modified_at = ?"
                    + " WHERE id = ?")) {
                CardRows.bindSchedule(ps, 1, a.after());
                ps.setLong(10, a.reviewedAt().toEpochMilli());
                ps.setLong(11, a.card().id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("card " + a.card().uid() + " no longer exists");
                }
            }
            return null;
        });
    }

    @Override
    public Optional<StudyCard> undoLastAnswer() {
        return db.inTransaction(c -> {
            long logId;
            long cardId;
            CardSchedule before;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, card_id, prev_state, prev_stability,"
                    + " prev_difficulty, prev_due, prev_last_review, prev_scheduled_days, prev_step, prev_reps,"
                    + " prev_lapses FROM review_log ORDER BY reviewed_at DESC, id DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<StudyCard>empty();
                }
                rs.getInt(3);
                if (rs.wasNull()) {
                    return Optional.<StudyCard>empty(); // imported history: nothing to restore it to
                }
                logId = rs.getLong(1);
                cardId = rs.getLong(2);
                before = CardRows.schedule(rs, 3);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE card SET state = ?, stability = ?, difficulty = ?,"
                    + " due = ?, last_review = ?, scheduled_days = ?, step = ?, reps = ?, lapses = ? WHERE id = ?")) {
                CardRows.bindSchedule(ps, 1, before);
                ps.setLong(10, cardId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_log WHERE id = ?")) {
                ps.setLong(1, logId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CardRows.STUDY_COLUMNS
                    + " FROM card c JOIN deck d ON d.id = c.deck_id WHERE c.id = ?")) {
                ps.setLong(1, cardId);
                List<StudyCard> cards = readCards(ps);
                return cards.stream().findFirst();
            }
        });
    }

    @Override
    public void suspend(long cardId) {
        update("UPDATE card SET suspended = 1 WHERE id = ?", cardId);
    }

    @Override
    public void bury(long cardId, Instant until) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE card SET buried_until = ? WHERE id = ?")) {
                ps.setLong(1, until.toEpochMilli());
                ps.setLong(2, cardId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void editText(long cardId, String front, String back) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE card SET front = ?, back = ? WHERE id = ?")) {
                ps.setString(1, dev.gloss.deck.PlainText.clean(front));
                ps.setString(2, dev.gloss.deck.PlainText.clean(back));
                ps.setLong(3, cardId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Settings settingsFor(String deckName) {
        String key = deckName == null ? "" : deckName;
        return settings.computeIfAbsent(key, k -> config.settingsFor(k));
    }

    private void update(String sql, long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<StudyCard> readCards(PreparedStatement ps) throws SQLException {
        List<StudyCard> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(CardRows.studyCard(rs));
            }
        }
        return out;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static int bindIds(PreparedStatement ps, int first, Collection<Long> ids) throws SQLException {
        int i = first;
        for (long id : ids) {
            ps.setLong(i++, id);
        }
        return i;
    }
}
