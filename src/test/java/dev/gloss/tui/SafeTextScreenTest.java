package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Wide characters, emoji, right-to-left words and escape sequences in card text, and NO_COLOR. */
class SafeTextScreenTest {
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

    @Test
    void cjkEmojiAndRightToLeftTextTakeTheirColumns() {
        // "café" decomposed on the way in; the deck's text is NFC-normalised
        StudyFixture.save(db, StudyFixture.deck("Wide", "日本語 🙂 مرحبا cafe\u0301", "東京 👍"));
        ScreenHarness ui = new ScreenHarness(db, NOW, 60, 14).study("Wide", QuizMode.FLIP).type(" ").run();
        int row = ui.lines().indexOf(" 日本語 🙂 مرحبا café");
        assertThat(row).isPositive();
        assertThat(ui.cell(1, row).getCharacterString()).isEqualTo("日");
        assertThat(ui.cell(3, row).getCharacterString()).isEqualTo("本");
        assertThat(ui.cell(5, row).getCharacterString()).isEqualTo("語");
        assertThat(ui.cell(8, row).getCharacterString()).isEqualTo("🙂"); // whole, not two lone surrogates
        assertThat(ui.cell(11, row).getCharacterString()).isEqualTo("م");
        assertThat(ui.cell(17, row).getCharacterString()).isEqualTo("c");
        assertThat(ui.cell(20, row).getCharacterString()).isEqualTo("é");
        assertThat(ui.text()).contains(" 東京 👍");
    }

    @Test
    void wideCharactersWrapBetweenCharactersAndNeverOverflow() {
        StudyFixture.save(db, StudyFixture.deck("Wide", "日本語".repeat(20), "x"));
        ScreenHarness ui = new ScreenHarness(db, NOW, 40, 12).study("Wide", QuizMode.FLIP);
        assertThat(ui.lines()).allMatch(l -> CellWidth.of(l) <= 40);
        assertThat(ui.lines()).contains(" " + "日本語".repeat(6), " " + "日本語".repeat(6));
    }

    @Test
    void escapeSequencesAndControlsInCardTextNeverReachTheScreen() {
        StudyFixture.save(db, StudyFixture.deck("Evil", "placeholder", "placeholder back"));
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE card SET front = ?, back = ?")) {
                ps.setString(1, "Red \u001b[31mALERT\u001b[0m \u001b]0;pwned\u0007title \u009b2J\u202eevil\u0000!");
                ps.setString(2, "bell\u0007 and \u001b[2J clear \u001bc reset");
                ps.executeUpdate();
            }
            return null;
        });
        for (QuizMode mode : new QuizMode[]{QuizMode.FLIP, QuizMode.TYPE, QuizMode.CHOICE}) {
            ScreenHarness ui = new ScreenHarness(db, NOW, 80, 20).study("Evil", mode);
            ui.type(mode == QuizMode.FLIP ? " " : "x\n").run();
            String text = ui.text();
            assertThat(text).as(mode.id()).contains("Red ALERT title evil!").doesNotContain("pwned");
            for (int row = 0; row < 20; row++) {
                for (int col = 0; col < 80; col++) {
                    String cell = ui.cell(col, row).getCharacterString();
                    assertThat(cell.chars().noneMatch(ch -> ch < 0x20 || ch >= 0x7F && ch <= 0x9F || ch == 0x202E))
                            .as("cell %d,%d %s", col, row, mode.id()).isTrue();
                }
            }
        }
    }

    @Test
    void noColorLeavesEveryCellInTheTerminalsColours() {
        StudyFixture.save(db, StudyFixture.capitals());
        ScreenHarness plain = new ScreenHarness(db, NOW, 80, 20, Palette.forEnvironment(java.util.Map.of("NO_COLOR", "1")))
                .study("Capitals", QuizMode.FLIP);
        assertThat(colours(plain)).isEqualTo(0);
        assertThat(plain.text()).contains("5 new · 0 learning · 0 review");
        ScreenHarness coloured = new ScreenHarness(db, NOW, 80, 20, Palette.forEnvironment(java.util.Map.of()))
                .study("Capitals", QuizMode.FLIP);
        assertThat(colours(coloured)).isPositive();
    }

    private static int colours(ScreenHarness ui) {
        int n = 0;
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 80; col++) {
                TextCharacter c = ui.cell(col, row);
                if (c.getForegroundColor() != TextColor.ANSI.DEFAULT || c.getBackgroundColor() != TextColor.ANSI.DEFAULT) {
                    n++;
                }
            }
        }
        return n;
    }
}
