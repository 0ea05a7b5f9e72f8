package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.gloss.deck.TestDecks;
import dev.gloss.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page: the deck tree with today's counts, reviews and streak, moving, studying, and the other keys (the
 * stats screen has its own test, StatsScreenTest).
 */
class HomeScreenTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void decks() {
        StudyFixture.save(db, TestDecks.terms("Lang::Spanish", 3));
        StudyFixture.save(db, TestDecks.terms("Lang::French", 2));
        StudyFixture.save(db, TestDecks.terms("Words", 4));
    }

    private void reviewAt(String instant) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_log (card_id, reviewed_at, rating, state,"
                    + " elapsed_days, scheduled_days, duration_ms, stability, difficulty) SELECT min(id), ?, 3, 2, 1, 1,"
                    + " 1000, 1, 5 FROM card")) {
                ps.setLong(1, Instant.parse(instant).toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void decksAreShownAsATreeWithTheirCounts() {
        decks();
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        assertThat(ui.row(0)).startsWith(" Gloss").endsWith("0 reviewed today · streak 0 days");
        assertThat(ui.row(2)).contains("Deck", "New", "Learn", "Due");
        assertThat(ui.row(3)).startsWith(" ▸ All decks").endsWith("9     0     0");
        assertThat(ui.row(4)).startsWith("   Lang ").endsWith("5     0     0");
        assertThat(ui.row(5)).startsWith("     French ").endsWith("2     0     0");
        assertThat(ui.row(6)).startsWith("     Spanish ").endsWith("3     0     0");
        assertThat(ui.row(7)).startsWith("   Words ").endsWith("4     0     0");
        assertThat(ui.row(29)).contains("Enter study", "↑↓ move", "s stats", "? help", "q quit");
    }

    @Test
    void todaysReviewsAndTheStreakAreShown() {
        decks();
        reviewAt("2026-01-05T09:00:00Z");
        reviewAt("2026-01-05T09:30:00Z");
        reviewAt("2026-01-04T20:00:00Z");
        reviewAt("2026-01-02T20:00:00Z");
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        assertThat(ui.row(0)).endsWith("2 reviewed today · streak 2 days");
    }

    @Test
    void enterStudiesTheSelectedDeckWithItsSubDecks() {
        decks();
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        ui.type("jjk").run();
        assertThat(ui.row(4)).startsWith(" ▸ Lang");
        ui.press(KeyType.Enter).run();
        assertThat(ui.row(0)).startsWith(" Lang");
        assertThat(ui.row(1)).contains("5 new · 0 learning · 0 review");
        ui.press(KeyType.Escape).type("x").run();
        assertThat(ui.row(4)).startsWith(" ▸ Lang"); // back home on the deck just studied
    }

    @Test
    void theModeKeyChangesHowTheNextSessionAsks() {
        decks();
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        assertThat(ui.row(28)).contains("Mode: flip");
        ui.type("m").run();
        assertThat(ui.row(28)).contains("Quiz mode: type");
        ui.type("mm").run();
        assertThat(ui.row(28)).contains("Quiz mode: mixed");
        ui.type("m").run();
        assertThat(ui.row(28)).contains("Quiz mode: flip");
        ui.type("m").press(KeyType.End, KeyType.Enter).run();
        assertThat(ui.row(0)).startsWith(" Words").endsWith("type");
    }

    @Test
    void helpListsTheKeys() {
        decks();
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        ui.type("?").run();
        assertThat(ui.text()).contains("Gloss: keys", "change the quiz mode");
        ui.type(" ").run();
        assertThat(ui.row(0)).startsWith(" Gloss");
    }

    @Test
    void aDeckWithNothingDueSaysSoAndStaysHome() {
        StudyFixture.save(db, TestDecks.terms("Words", 1));
        new ScreenHarness(db, NOW, 100, 30).study("Words", dev.gloss.study.QuizMode.FLIP).type(" 4q").run();
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        ui.press(KeyType.Enter).run();
        assertThat(ui.row(0)).startsWith(" Gloss");
        assertThat(ui.row(28)).contains("Nothing to study in Words right now.");
    }

    @Test
    void anEmptyCollectionSaysHowToAddADeck() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        assertThat(ui.text()).contains("No decks yet. Add one with: gloss import FILE");
        ui.press(KeyType.Enter, KeyType.ArrowDown).run();
        assertThat(ui.exited()).isFalse();
    }

    @Test
    void manyDecksScrollWithTheSelection() {
        for (int i = 1; i <= 40; i++) {
            StudyFixture.save(db, TestDecks.terms(String.format("Deck %02d", i), 1));
        }
        ScreenHarness ui = new ScreenHarness(db, NOW, 60, 12).home();
        assertThat(ui.text()).contains("Deck 01").doesNotContain("Deck 40");
        ui.press(KeyType.End).run();
        assertThat(ui.text()).contains("▸ Deck 40").doesNotContain("Deck 01");
        ui.press(KeyType.PageUp).run();
        assertThat(ui.text()).contains("Deck 3");
    }
}
