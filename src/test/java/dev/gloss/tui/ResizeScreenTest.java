package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.input.KeyType;
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

/** Resizing re-lays the screen out at once; too small a window gets a clear notice; long text wraps and scrolls. */
class ResizeScreenTest {
    private static final String LONG = "A system in which a language model repeatedly decides what to do next, calls "
            + "tools or takes actions, observes the results, and keeps going until it reaches a goal or a stopping "
            + "point. Most agents are a loop around a model plus a set of tools and some memory of earlier steps.";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("gloss.db"));
        StudyFixture.save(db, StudyFixture.deck("Agents", "AI Agent", LONG, "Tool Use", "Calling functions."));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aResizeRedrawsForTheNewSizeAtOnce() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Agents", QuizMode.FLIP).type(" ").run();
        assertThat(ui.text()).contains("1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");

        ui.resize(40, 12);
        List<String> lines = ui.lines();
        assertThat(lines).hasSize(12).allMatch(l -> CellWidth.of(l) <= 40);
        assertThat(lines.get(0)).startsWith(" Agents").endsWith("flip");
        assertThat(ui.text()).contains("1 Again 1m · 2 Hard 6m", "3 Good 10m · 4 Easy 8d");
        assertThat(lines.get(11)).startsWith(" 1-4 rate");
        ui.type("3").run();
        assertThat(StudyFixture.log(db)).hasSize(1);
    }

    @Test
    void belowTheMinimumSizeAClearNoticeAndKeysDoNothing() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).study("Agents", QuizMode.FLIP);
        ui.resize(24, 8);
        assertThat(String.join(" ", ui.lines()).replaceAll(" +", " ")).contains("Make the window larger",
                "needs 32×10", "(now 24×8)", "Ctrl-C quits");
        ui.type(" 3").run();
        assertThat(StudyFixture.log(db)).isEmpty();
        ui.resize(32, 10);
        assertThat(ui.text()).contains("AI Agent").doesNotContain("larger");
        ui.type(" 3").run();
        assertThat(StudyFixture.log(db)).hasSize(1);
    }

    @Test
    void longTextWrapsAtWordBoundaries() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 60, 30).study("Agents", QuizMode.FLIP).type(" ").run();
        String shown = String.join("\n", ui.lines());
        for (String word : LONG.split(" ")) {
            assertThat(shown).contains(word);
        }
        assertThat(ui.lines()).allMatch(l -> CellWidth.of(l) <= 60);
        assertThat(ui.text()).contains(" A system in which a language model repeatedly decides\n");
    }

    @Test
    void aLongAnswerScrollsIntoViewAndWithTheArrows() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 40, 12).study("Agents", QuizMode.FLIP).type(" ").run();
        // the prompt stays in view above the answer; the card's kind line is scrolled away
        assertThat(ui.text()).contains("AI Agent", "─────", "A system in which").doesNotContain("basic · new");
        assertThat(ui.text()).contains("↑", "↓");
        ui.press(KeyType.ArrowUp, KeyType.ArrowUp, KeyType.ArrowUp).run();
        assertThat(ui.text()).contains("basic · new");
        ui.press(KeyType.PageDown, KeyType.PageDown, KeyType.PageDown).run();
        assertThat(ui.text()).contains("earlier steps.");
    }

    @Test
    void theHomePageFitsSmallWindowsToo() {
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home();
        ui.resize(40, 12);
        assertThat(ui.lines()).hasSize(12).allMatch(l -> CellWidth.of(l) <= 40);
        assertThat(ui.row(0)).startsWith(" Gloss").contains("0 reviewed today");
        assertThat(ui.row(3)).startsWith(" ▸ Agents");
        assertThat(ui.row(11)).contains("Enter study");
    }
}
