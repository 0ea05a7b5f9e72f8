package dev.gloss.tui;

import com.googlecode.lanterna.TextColor;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardIds;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.TestDecks;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Choice mode: four numbered options; right is Good, wrong is Again with the right answer marked. */
class ChoiceScreenTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
        StudyFixture.save(db, TestDecks.terms("Words", 6));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The number shown before the option holding {@code text}. */
    private static int optionNumber(ScreenHarness ui, String text) {
        for (String line : ui.lines()) {
            if (line.contains(text) && line.matches(" [1-4]  .*")) {
                return line.charAt(1) - '0';
            }
        }
        throw new AssertionError("no option " + text + " in\n" + ui.text());
    }

    @Test
    void aRightChoiceIsGoodAndTheNextCardFollows() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Words", QuizMode.CHOICE);
        assertThat(ui.row(0)).endsWith("choice");
        assertThat(ui.text()).contains("Term 1", " 1  ", " 2  ", " 3  ", " 4  ");
        assertThat(ui.row(29)).contains("1-4 choose");
        int right = optionNumber(ui, "The meaning of term number 1.");
        ui.type(String.valueOf(right)).run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 8)).containsExactly("3 choice");
        assertThat(ui.text()).contains("✓ Right (Good: back in 10m)", "Term 2");
    }

    @Test
    void aWrongChoiceIsAgainAndMarksTheRightAnswerUntilAKeyIsPressed() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Words", QuizMode.CHOICE);
        int right = optionNumber(ui, "The meaning of term number 1.");
        int wrong = right == 1 ? 2 : 1;
        ui.type(String.valueOf(wrong)).run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 8)).containsExactly("1 choice");
        assertThat(ui.text()).contains("✗ Wrong (Again: back in 1m). Any key: next card", "Term 1");
        List<String> lines = ui.lines();
        int rightRow = -1;
        for (int r = 0; r < lines.size(); r++) {
            if (lines.get(r).contains("The meaning of term number 1.")) {
                rightRow = r;
            }
        }
        assertThat(lines.get(rightRow)).startsWith(" ✓");
        int col = ui.columnOf(rightRow, "The meaning");
        assertThat(ui.cell(col, rightRow).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        assertThat(ui.text()).contains(" ✗  ");
        ui.type("x").run();
        assertThat(ui.text()).contains("Term 2").doesNotContain("✗ Wrong");
    }

    @Test
    void undoAfterAWrongChoiceTakesItBack() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Words", QuizMode.CHOICE);
        int right = optionNumber(ui, "The meaning of term number 1.");
        ui.type(String.valueOf(right == 1 ? 2 : 1)).type("u").run();
        assertThat(StudyFixture.log(db)).isEmpty();
        assertThat(ui.text()).contains("Undone", "Term 1");
    }

    @Test
    void aCardsOwnOptionsAreOffered() {
        Deck quiz = new Deck("Quiz", "", List.of(), List.of(), List.of(new Card(CardIds.of("Quiz", "q", CardKind.CHOICE,
                ""), CardKind.CHOICE, "", "Largest planet?", "Jupiter", List.of("Jupiter", "Mars", "Venus", "Pluto"),
                List.of())));
        StudyFixture.save(db, quiz);
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Quiz", QuizMode.CHOICE);
        assertThat(ui.text()).contains("Largest planet?", "Jupiter", "Mars", "Venus", "Pluto");
    }

    @Test
    void mixedModeAsksANewCardAsAChoice() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Words", QuizMode.MIXED);
        assertThat(ui.row(0)).endsWith("mixed: choice");
        ui.type(String.valueOf(optionNumber(ui, "The meaning of term number 1."))).run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 8)).containsExactly("3 choice");
    }
}
