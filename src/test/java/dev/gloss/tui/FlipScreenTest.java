package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Studying in flip mode on a virtual terminal: reveal, rate, undo, the other commands, the summary. */
class FlipScreenTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
        StudyFixture.save(db, StudyFixture.capitals());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void thePromptThenTheAnswerWithEachRatingsInterval() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        assertThat(ui.row(0)).startsWith(" Capitals").endsWith("flip");
        assertThat(ui.row(1)).contains("0/5", "5 new · 0 learning · 0 review");
        assertThat(ui.text()).contains("Capital of France?").doesNotContain("Paris");
        assertThat(ui.row(29)).contains("Space answer", "u undo", "q end");

        ui.type(" ").run();
        assertThat(ui.text()).contains("Paris", "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");
        assertThat(ui.row(29)).contains("1-4 rate");
    }

    @Test
    void aRatingIsCommittedWithTheTimeSpentAndTheNextCardDrawn() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.wait(Duration.ofMillis(7_250)).type(" 3").run();
        assertThat(StudyFixture.log(db)).containsExactly("3 flip 7250");
        assertThat(ui.text()).contains("Capital of Germany?", "Good: back in 10m");
        assertThat(ui.row(1)).contains("1/6", "4 new · 1 learning · 0 review");

        ui.wait(Duration.ofMinutes(5)).press(KeyType.Enter).type("1").run(); // time on a card is capped at 60 s
        assertThat(StudyFixture.log(db)).containsExactly("3 flip 7250", "1 flip 60000");
        assertThat(ui.frameTimes.keyToFrameNanos()).hasSize(4);
    }

    @Test
    void spaceAfterTheAnswerRatesGood() {
        new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP).type("  ").run();
        assertThat(StudyFixture.log(db)).hasSize(1).allMatch(l -> l.startsWith("3 flip"));
    }

    @Test
    void undoTakesBackTheLastAnswerAndShowsItsCardAgain() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.type(" 4 2u").run();
        assertThat(StudyFixture.log(db)).containsExactly("4 flip 0");
        assertThat(ui.text()).contains("Undone: the answer to \"Capital of Germany?\" is taken back.",
                "Capital of Germany?");
        assertThat(ui.row(1)).contains("1/5");
    }

    @Test
    void undoWorksAfterARestartBecauseItIsStored() {
        new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP).type(" 4q").run();
        assertThat(StudyFixture.log(db)).hasSize(1);

        ScreenHarness again = new ScreenHarness(db, NOW.plusSeconds(60), 100, 30).study("Capitals", QuizMode.FLIP);
        assertThat(again.text()).contains("Capital of Germany?");
        again.type("u").run();
        assertThat(again.text()).contains("Undone: the answer to \"Capital of France?\"", "Capital of France?");
        assertThat(StudyFixture.log(db)).isEmpty();
        again.type("u").run();
        assertThat(again.text()).contains("Nothing to undo.");
    }

    @Test
    void suspendBuryAndSkipLeaveTheSessionAndSaySo() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.type("!").run();
        assertThat(ui.text()).contains("Suspended: Capital of France?", "Capital of Germany?");
        ui.type("-").run();
        assertThat(ui.text()).contains("Buried until tomorrow: Capital of Germany?", "Capital of Japan?");
        ui.type("s").run();
        assertThat(ui.text()).contains("Skipped: Capital of Japan?", "Capital of Italy?");
        assertThat(StudyFixture.text(db, "suspended", "Capital of France?")).isEqualTo("1");
        assertThat(StudyFixture.log(db)).isEmpty();
    }

    @Test
    void editingChangesTheTextInPlaceAndKeepsTheProgress() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.type("e").run();
        assertThat(ui.text()).contains("Edit the card", "Front", "Back");
        ui.press(KeyType.Tab, KeyType.End).type(", France").press(KeyType.Enter).run();
        assertThat(ui.text()).contains("Saved. The card keeps its progress.");
        ui.type(" ").run();
        assertThat(ui.text()).contains("Paris, France");
        assertThat(StudyFixture.text(db, "back", "Capital of France?")).isEqualTo("Paris, France");

        ui.type("e").press(KeyType.Backspace, KeyType.Escape).run();
        assertThat(ui.text()).contains("Edit cancelled.", "Paris, France");
    }

    @Test
    void endingTheSessionShowsTheSummaryAndAnyKeyGoesHome() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.wait(Duration.ofSeconds(4)).type(" 3").wait(Duration.ofSeconds(6)).type(" 1").press(KeyType.Escape).run();
        assertThat(ui.text()).contains("Session over: Capitals", "Cards studied  2", "Accuracy       50% (1 of 2",
                "Time           10s", "Due tomorrow   2", "Any key returns home");
        ui.type("x").run();
        assertThat(ui.row(0)).startsWith(" Gloss");
        assertThat(ui.text()).contains("2 reviewed today");
    }

    @Test
    void theLastCardLeadsToTheSummary() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30);
        ui.start(ui.app.study(new dev.gloss.study.SessionOptions("Capitals", null, 2, "flip"), QuizMode.FLIP));
        ui.type(" 4 4").run();
        assertThat(ui.text()).contains("Session over: Capitals", "Cards studied  2", "100%");
    }

    @Test
    void helpListsTheKeysAndAnyKeyReturns() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.FLIP);
        ui.type("?").run();
        assertThat(ui.text()).contains("Gloss: keys", "undo the last answer", "bury the card until tomorrow");
        ui.type("x").run();
        assertThat(ui.text()).contains("Capital of France?");
    }

    @Test
    void qAndCtrlCLeave() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        ui.ctrl('c').run();
        assertThat(ui.exited()).isTrue();
        assertThat(new ScreenHarness(db, NOW, 100, 30).home().type("q").run().exited()).isTrue();
    }
}
