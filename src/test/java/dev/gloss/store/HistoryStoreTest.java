package dev.gloss.store;

import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.StudyCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryStoreTest {
    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final StudyCalendar CALENDAR = new StudyCalendar(ZoneId.of("UTC"), 4);

    @TempDir
    Path dir;
    Database db;
    HistoryStore history;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
        new DeckSaver(db).save(TestDecks.terms("Words", 1), NOW.minus(Duration.ofDays(30)), false);
        history = new HistoryStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reviewAt(String instant) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_log (card_id, reviewed_at, rating, state,"
                    + " elapsed_days, scheduled_days, duration_ms, stability, difficulty) SELECT id, ?, 3, 0, 0, 0,"
                    + " 1000, 1, 5 FROM card")) {
                ps.setLong(1, Instant.parse(instant).toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void anEmptyLogHasNoReviewsAndNoStreak() {
        assertThat(history.reviewsToday(CALENDAR, NOW)).isZero();
        assertThat(history.streak(CALENDAR, NOW)).isZero();
    }

    @Test
    void todaysReviewsCountFromTheStartOfTheStudyDay() {
        reviewAt("2026-01-10T03:59:00Z"); // still the 9th's study day
        reviewAt("2026-01-10T04:00:00Z");
        reviewAt("2026-01-10T11:00:00Z");
        reviewAt("2026-01-11T03:00:00Z"); // after midnight: the 10th's study day, but later than now
        assertThat(history.reviewsToday(CALENDAR, NOW)).isEqualTo(3);
    }

    @Test
    void theStreakCountsDaysBackToTheFirstGap() {
        reviewAt("2026-01-10T09:00:00Z");
        reviewAt("2026-01-09T09:00:00Z");
        reviewAt("2026-01-09T10:00:00Z");
        reviewAt("2026-01-09T02:00:00Z"); // counts for the 8th (before 04:00)
        reviewAt("2026-01-06T09:00:00Z"); // after a gap on the 7th
        assertThat(history.streak(CALENDAR, NOW)).isEqualTo(3);
    }

    @Test
    void aStreakStaysAliveUntilTheDayEnds() {
        reviewAt("2026-01-09T09:00:00Z");
        reviewAt("2026-01-08T09:00:00Z");
        assertThat(history.streak(CALENDAR, NOW)).isEqualTo(2);
        assertThat(history.streak(CALENDAR, Instant.parse("2026-01-11T05:00:00Z"))).isZero();
    }
}
