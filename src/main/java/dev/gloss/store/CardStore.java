package dev.gloss.store;

import dev.gloss.deck.CardKind;
import dev.gloss.study.DeckRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Card listings. */
public final class CardStore {
    private final Database db;

    public CardStore(Database db) {
        this.db = db;
    }

    /**
     * Cards of the given decks (all decks when {@code decks} is null) in deck order.
     *
     * @param dueBefore if not null, only cards due before it (new cards excluded)
     */
    public List<CardInfo> list(Collection<DeckRef> decks, Instant dueBefore) {
        StringBuilder sql = new StringBuilder("SELECT c.id, c.uid, d.name, c.kind, c.entry, c.front, c.back, c.choices,"
                + " c.tags, c.state, c.stability, c.difficulty, c.due, c.last_review, c.scheduled_days, c.step,"
                + " c.reps, c.lapses, c.suspended, c.buried_until, c.changed FROM card c JOIN deck d ON d.id = c.deck_id");
        List<Long> ids = decks == null ? List.of() : decks.stream().map(DeckRef::id).toList();
        List<String> where = new ArrayList<>();
        if (decks != null) {
            where.add("c.deck_id IN (" + SqliteStudyStore.placeholders(Math.max(1, ids.size())) + ")");
        }
        if (dueBefore != null) {
            where.add("c.state <> 0 AND c.due < ? AND c.suspended = 0");
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY d.name COLLATE NOCASE, c.position, c.id");
        return db.query(c -> {
            List<CardInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (decks != null) {
                    if (ids.isEmpty()) {
                        ps.setLong(i++, -1);
                    } else {
                        i = SqliteStudyStore.bindIds(ps, i, ids);
                    }
                }
                if (dueBefore != null) {
                    ps.setLong(i, dueBefore.toEpochMilli());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long buried = rs.getLong(20);
                        out.add(new CardInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                                CardKind.fromJsonName(rs.getString(4)), rs.getString(5), rs.getString(6),
                                rs.getString(7), CardRows.splitChoices(rs.getString(8)),
                                CardRows.splitTags(rs.getString(9)), CardRows.schedule(rs, 10), rs.getBoolean(19),
                                buried == 0 ? null : Instant.ofEpochMilli(buried), rs.getBoolean(21)));
                    }
                }
            }
            return out;
        });
    }
}
