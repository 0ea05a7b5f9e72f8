package dev.gloss.store;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Entry;
import dev.gloss.deck.EntryJson;
import dev.gloss.deck.Faq;
import dev.gloss.study.DeckRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Reads what the exporters write: a deck as a deck file holds it, and the review log. */
public final class ExportStore {
    private final Database db;

    public ExportStore(Database db) {
        this.db = db;
    }

    /** One deck (not its sub-decks): description, page-level FAQs, entries and cards in their order. */
    public Deck deck(DeckRef ref) {
        return db.query(c -> {
            String description = "";
            List<Faq> faqs = List.of();
            try (PreparedStatement ps = c.prepareStatement("SELECT description, faqs FROM deck WHERE id = ?")) {
                ps.setLong(1, ref.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        description = rs.getString(1);
                        faqs = EntryJson.decodeFaqs(rs.getString(2));
                    }
                }
            }
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM entry WHERE deck_id = ? ORDER BY position, id")) {
                ps.setLong(1, ref.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(EntryJson.decode(rs.getString(1)));
                    }
                }
            }
            List<Card> cards = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT uid, kind, entry, front, back, choices, tags"
                    + " FROM card WHERE deck_id = ? ORDER BY position, id")) {
                ps.setLong(1, ref.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cards.add(new Card(rs.getString(1), CardKind.fromJsonName(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), CardRows.splitChoices(rs.getString(6)),
                                CardRows.splitTags(rs.getString(7))));
                    }
                }
            }
            return new Deck(ref.name(), description, entries, faqs, cards);
        });
    }

    /**
     * A review-log row for export.
     *
     * @param cardNumber see {@link CardNumbers}
     * @param stateBefore the card's state before the answer (0 new .. 3 relearning)
     */
    public record ReviewRow(long cardNumber, long reviewedAtMs, int rating, int stateBefore, long durationMs) {
    }

    /** Every review of the given decks (all decks if null), oldest first, to {@code sink}. */
    public int reviews(Collection<DeckRef> decks, Consumer<ReviewRow> sink) {
        String sql = "SELECT d.name, c.uid, r.reviewed_at, r.rating, r.state, r.duration_ms FROM review_log r"
                + " JOIN card c ON c.id = r.card_id JOIN deck d ON d.id = c.deck_id"
                + (decks == null ? "" : " WHERE c.deck_id IN (" + SqliteStudyStore.placeholders(Math.max(1, decks.size())) + ")")
                + " ORDER BY r.reviewed_at, r.id";
        return db.query(c -> {
            int n = 0;
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
                        sink.accept(new ReviewRow(CardNumbers.of(rs.getString(1), rs.getString(2)), rs.getLong(3),
                                rs.getInt(4), rs.getInt(5), rs.getLong(6)));
                        n++;
                    }
                }
            }
            return n;
        });
    }
}
