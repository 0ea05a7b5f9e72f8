package dev.gloss.store;

import java.util.List;

/**
 * The schema, as numbered steps keyed by {@code PRAGMA user_version}: step i brings a database
 * from version i to i + 1. Never edit a step that has shipped; add a new one.
 */
final class Migrations {
    private Migrations() {
    }

    static final List<String> STEPS = List.of(
            // 1: decks, entries, cards with FSRS state, the review log, config
            """
            CREATE TABLE deck (
                id          INTEGER PRIMARY KEY,
                name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
                description TEXT    NOT NULL DEFAULT '',
                source      TEXT    NOT NULL DEFAULT '',
                faqs        TEXT    NOT NULL DEFAULT '[]', -- page-level FAQs (JSON), kept for export
                created_at  INTEGER NOT NULL,
                modified_at INTEGER NOT NULL
            );
            CREATE TABLE entry (
                id       INTEGER PRIMARY KEY,
                deck_id  INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
                term     TEXT    NOT NULL,
                position INTEGER NOT NULL,
                data     TEXT    NOT NULL,
                UNIQUE (deck_id, term)
            );
            CREATE TABLE card (
                id             INTEGER PRIMARY KEY,
                uid            TEXT    NOT NULL, -- the stable id from the deck file
                deck_id        INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
                entry          TEXT    NOT NULL DEFAULT '',
                kind           TEXT    NOT NULL,
                front          TEXT    NOT NULL,
                back           TEXT    NOT NULL,
                choices        TEXT    NOT NULL DEFAULT '',
                tags           TEXT    NOT NULL DEFAULT '',
                position       INTEGER NOT NULL,
                state          INTEGER NOT NULL DEFAULT 0,
                stability      REAL    NOT NULL DEFAULT 0,
                difficulty     REAL    NOT NULL DEFAULT 0,
                due            INTEGER NOT NULL,
                last_review    INTEGER,
                scheduled_days INTEGER NOT NULL DEFAULT 0,
                step           INTEGER NOT NULL DEFAULT 0,
                reps           INTEGER NOT NULL DEFAULT 0,
                lapses         INTEGER NOT NULL DEFAULT 0,
                suspended      INTEGER NOT NULL DEFAULT 0,
                buried_until   INTEGER NOT NULL DEFAULT 0,
                changed        INTEGER NOT NULL DEFAULT 0,
                created_at     INTEGER NOT NULL,
                modified_at    INTEGER NOT NULL,
                UNIQUE (deck_id, uid)
            );
            CREATE INDEX card_by_due ON card (deck_id, state, due);
            CREATE INDEX card_new_order ON card (deck_id, state, position);
            CREATE TABLE review_log (
                id                  INTEGER PRIMARY KEY,
                card_id             INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
                reviewed_at         INTEGER NOT NULL,
                rating              INTEGER NOT NULL,
                state               INTEGER NOT NULL, -- before the review, as FSRS review logs have it
                elapsed_days        INTEGER NOT NULL,
                scheduled_days      INTEGER NOT NULL,
                duration_ms         INTEGER NOT NULL,
                stability           REAL    NOT NULL, -- after the review
                difficulty          REAL    NOT NULL, -- after the review
                retrievability      REAL,             -- predicted recall at review time; NULL for new cards
                -- prev_*: the card before this answer, so that undo restores it exactly
                mode                TEXT    NOT NULL DEFAULT '',
                prev_state          INTEGER,
                prev_stability      REAL,
                prev_difficulty     REAL,
                prev_due            INTEGER,
                prev_last_review    INTEGER,
                prev_scheduled_days INTEGER,
                prev_step           INTEGER,
                prev_reps           INTEGER,
                prev_lapses         INTEGER
            );
            CREATE INDEX review_log_by_card ON review_log (card_id, reviewed_at);
            CREATE INDEX review_log_by_time ON review_log (reviewed_at);
            CREATE TABLE config (
                scope TEXT NOT NULL DEFAULT '',
                key   TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (scope, key)
            );
            """,
            // 2: covering indexes for statistics, so that a million answers aggregate without sorting or reading
            // whole rows: answers by quarter hour (StatsStore groups by reviewed_at / 900000, state), and
            // answers with a prediction by bin of predicted recall (calibration). The expressions must stay
            // exactly as StatsStore writes them; StatsStoreTest checks that its queries use these indexes.
            """
            CREATE INDEX review_log_by_quarter ON review_log
                (reviewed_at / 900000, state, rating, duration_ms, prev_scheduled_days, elapsed_days, card_id,
                 reviewed_at);
            CREATE INDEX review_log_by_prediction ON review_log
                (min(CAST(retrievability * 20 AS INT), 19), rating, retrievability, elapsed_days, card_id)
                WHERE retrievability IS NOT NULL AND elapsed_days >= 1;
            """);

    static int latest() {
        return STEPS.size();
    }
}
