package dev.gloss.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
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

/** Type mode: the typed answer is checked leniently, a diff is shown, and one key accepts the proposed rating. */
class TypeScreenTest {
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

    private ScreenHarness typeMode() {
        return new ScreenHarness(db, NOW, 100, 30).study("Capitals", QuizMode.TYPE);
    }

    @Test
    void aRightAnswerProposesGoodAndEnterAcceptsIt() {
        ScreenHarness ui = typeMode();
        assertThat(ui.row(0)).endsWith("type");
        assertThat(ui.text()).contains("Capital of France?", "Type the answer, then Enter:");
        assertThat(ui.row(29)).contains("Enter check", "Esc end", "^U undo");

        ui.wait(Duration.ofSeconds(3)).type("PARIS").run();
        assertThat(ui.text()).contains("› PARIS");
        ui.press(KeyType.Enter).run();
        assertThat(ui.text()).contains("✓ Right", "You typed: PARIS", "Paris");
        assertThat(ui.text()).contains("1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");
        int good = ui.columnOf(ui.lines().indexOf(ui.lines().stream().filter(l -> l.contains("3 Good")).findFirst()
                .orElseThrow()), "3 Good");
        int row = ui.lines().indexOf(ui.lines().stream().filter(l -> l.contains("3 Good")).findFirst().orElseThrow());
        assertThat(ui.cell(good, row).getModifiers()).contains(SGR.REVERSE); // the proposed rating stands out
        assertThat(ui.row(29)).contains("Enter Good", "1-4 rate");

        ui.wait(Duration.ofSeconds(2)).press(KeyType.Enter).run();
        assertThat(StudyFixture.log(db)).containsExactly("3 type 5000");
        assertThat(ui.text()).contains("Capital of Germany?");
    }

    @Test
    void aSmallTypoIsCloseShowsTheDiffAndProposesHard() {
        ScreenHarness ui = typeMode();
        ui.type("Paris").press(KeyType.Enter, KeyType.Enter).run();
        ui.type("Berln").press(KeyType.Enter).run();
        assertThat(ui.text()).contains("≈ Close: a small typo", "You typed: Berln", "Changes:   Berlin");
        int row = ui.lines().indexOf(ui.lines().stream().filter(l -> l.startsWith(" Changes:")).findFirst().orElseThrow());
        int missing = ui.columnOf(row, "Berlin") + 4;
        assertThat(ui.cell(missing, row).getCharacterString()).isEqualTo("i");
        assertThat(ui.cell(missing, row).getModifiers()).contains(SGR.UNDERLINE);
        ui.press(KeyType.Enter).run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 6)).containsExactly("3 type", "2 type");
    }

    @Test
    void aWrongAnswerProposesAgainAndANumberKeyChangesTheRating() {
        ScreenHarness ui = typeMode();
        ui.type("London").press(KeyType.Enter).run();
        assertThat(ui.text()).contains("✗ Not quite", "You typed: London");
        ui.type("4").run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 6)).containsExactly("4 type");
        ui.press(KeyType.Enter).run();
        assertThat(ui.text()).contains("✗ No answer");
    }

    @Test
    void lettersTypedAreTheAnswerSoCommandsUseControlKeysWhileTyping() {
        ScreenHarness ui = typeMode();
        ui.type("Paris").press(KeyType.Enter, KeyType.Enter).run();
        ui.type("qus").run(); // typed into the field, not quit, undo or skip
        assertThat(ui.text()).contains("› qus", "Capital of Germany?");
        ui.press(KeyType.Backspace, KeyType.Backspace, KeyType.Backspace).ctrl('u').run();
        assertThat(ui.text()).contains("Undone: the answer to \"Capital of France?\"", "Capital of France?");
        assertThat(StudyFixture.log(db)).isEmpty();
        ui.press(KeyType.Escape).run();
        assertThat(ui.text()).contains("Session over: Capitals");
    }

    @Test
    void anEmojiTypedAsTwoSurrogateKeysIsOneCharacter() {
        StudyFixture.save(db, StudyFixture.deck("Faces", "Smile?", "🙂"));
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Faces", QuizMode.TYPE);
        ui.terminal.addInput(new KeyStroke('\uD83D', false, false));
        ui.terminal.addInput(new KeyStroke('\uDE42', false, false));
        ui.run();
        assertThat(ui.text()).contains("› 🙂");
        ui.press(KeyType.Enter).run();
        assertThat(ui.text()).contains("✓ Right");
    }

    @Test
    void aLongAnswerIsTypedFromMemoryComparedAndRatedByThePerson() {
        StudyFixture.save(db, StudyFixture.deck("Long", "What is an agent?", "A system in which a language model "
                + "repeatedly decides what to do next, calls tools or takes actions, and observes the results."));
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Long", QuizMode.TYPE);
        assertThat(ui.text()).contains("Long answer: type what you recall, then Enter:");
        ui.type("a model calling tools").press(KeyType.Enter).run();
        assertThat(ui.text()).contains("You typed: a model calling tools", "Key words you had: 2 of 12 (underlined)");
        ui.press(KeyType.Enter).run(); // no rating is proposed: Enter does not rate
        assertThat(StudyFixture.log(db)).isEmpty();
        ui.type("3").run();
        assertThat(StudyFixture.log(db)).extracting(l -> l.substring(0, 6)).containsExactly("3 type");
    }
}
