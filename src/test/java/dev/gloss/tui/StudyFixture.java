package dev.gloss.tui;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.store.Database;
import dev.gloss.store.DeckSaver;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Decks and review-log queries the screen tests share. */
final class StudyFixture {
    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private StudyFixture() {
    }

    /** A deck of basic cards, front → back, in order. */
    static Deck deck(String name, String... frontBack) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < frontBack.length; i += 2) {
            cards.add(new Card(CardIds.of(name, frontBack[i], CardKind.BASIC, ""), CardKind.BASIC, "", frontBack[i],
                    frontBack[i + 1]));
        }
        return new Deck(name, "", List.of(), List.of(), cards);
    }

    static Deck capitals() {
        return deck("Capitals", "Capital of France?", "Paris", "Capital of Germany?", "Berlin",
                "Capital of Japan?", "Tokyo", "Capital of Italy?", "Rome", "Capital of Spain?", "Madrid");
    }

    static void save(Database db, Deck deck) {
        new DeckSaver(db).save(deck, NOW.minusSeconds(3600), false);
    }

    /** "rating mode duration_ms" per logged answer, oldest first. */
    static List<String> log(Database db) {
        return db.query(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT rating, mode, duration_ms FROM review_log ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getLong(3));
                }
            }
            return out;
        });
    }

    static String text(Database db, String column, String front) {
        return db.query(c -> {
            try (var ps = c.prepareStatement("SELECT " + column + " FROM card WHERE front = ?")) {
                ps.setString(1, front);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
