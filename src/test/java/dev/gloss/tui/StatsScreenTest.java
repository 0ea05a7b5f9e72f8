package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.gloss.GlossException;
import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.Rating;
import dev.gloss.stats.StatsReport;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.Database;
import dev.gloss.store.SqliteStudyStore;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.Setting;
import dev.gloss.study.StudySession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static dev.gloss.tui.StudyFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stats screen over a history made by study sessions: Words studied yesterday (four Easy answers), Spanish
 * today (Good, Again, Good); French never. The home list is All decks, Lang, French, Spanish, Words.
 */
class StatsScreenTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void studyYesterdayAndToday() {
        db = Database.open(dir.resolve("gloss.db"));
        StudyFixture.save(db, TestDecks.terms("Lang::Spanish", 3));
        StudyFixture.save(db, TestDecks.terms("Lang::French", 2));
        StudyFixture.save(db, TestDecks.terms("Words", 4));
        new ConfigStore(db).set("", Setting.FUZZ, "off");
        study("Words", NOW.minus(Duration.ofDays(1)), Duration.ofSeconds(10), Rating.EASY, Rating.EASY, Rating.EASY,
                Rating.EASY);
        study("Lang::Spanish", NOW, Duration.ofSeconds(20), Rating.GOOD, Rating.AGAIN, Rating.GOOD);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void study(String deck, Instant at, Duration each, Rating... ratings) {
        StudySession session = StudySession.open(new SqliteStudyStore(db), Clock.fixed(at, ScreenHarness.UTC),
                ScreenHarness.UTC, SessionOptions.deck(deck));
        for (Rating r : ratings) {
            session.answer(r, each);
        }
    }

    private CollectionBackend collection() {
        return new CollectionBackend(db, Clock.fixed(NOW, ScreenHarness.UTC), ScreenHarness.UTC);
    }

    /** The collection, with the stats answered by {@code stats}. */
    private Backend backend(Function<String, StatsReport> stats) {
        CollectionBackend collection = collection();
        return new Backend() {
            @Override
            public HomeData home() {
                return collection.home();
            }

            @Override
            public StudySession open(SessionOptions options) {
                return collection.open(options);
            }

            @Override
            public StatsReport stats(String deck) {
                return stats.apply(deck);
            }
        };
    }

    /** Home with the cursor {@code down} rows below All decks, then s. */
    private ScreenHarness statsFromHome(int columns, int rows, int down) {
        ScreenHarness ui = new ScreenHarness(db, NOW, columns, rows).home();
        for (int i = 0; i < down; i++) {
            ui.type("j");
        }
        return ui.type("s").run();
    }

    @Test
    void sOnHomeOpensTheStatsOfTheDeckUnderTheCursorAsPanels() {
        ScreenHarness ui = statsFromHome(100, 30, 3);
        assertThat(ui.row(0)).startsWith(" Stats: Lang::Spanish").endsWith("4/5");
        assertThat(ui.row(2)).isEqualTo(" Gloss statistics · Lang::Spanish");
        assertThat(ui.lines()).contains(
                heading("Today", 100),
                "   3 reviews in 1m 00s · 66.7% correct (1 Again) · 3 new cards",
                "   learn 3 · review 0 · relearn 0",
                heading("Streak", 100),
                "   current 1 day · longest 1 day · studied on 1 day");
        assertThat(ui.text()).contains(" Calendar ─", " Reviews per day last 30 days ─");
        assertThat(ui.row(29)).isEqualTo(" q back  ←→ deck  ↑↓ scroll  ? help");
    }

    @Test
    void theAllDecksRowShowsEveryDeck() {
        ScreenHarness ui = statsFromHome(100, 30, 0);
        assertThat(ui.row(0)).startsWith(" Stats: All decks").endsWith("1/5");
        assertThat(ui.lines()).contains(" Gloss statistics · all decks", " 7 reviews in 1m 40s since 2026-01-04",
                "   current 2 days · longest 2 days · studied on 2 days");
    }

    @Test
    void leftAndRightGoThroughTheHomeListWrappingAndEachReportIsComputedOnce() {
        List<String> computing = new ArrayList<>();
        ScreenHarness[] ui = new ScreenHarness[1];
        ui[0] = new ScreenHarness(backend(deck -> {
            // the frame on the screen while the report is computed
            computing.add(ui[0].row(0).replaceAll(" +", " ").strip() + " | " + ui[0].row(2).strip());
            return collection().stats(deck);
        }), NOW, 100, 30, Palette.colour(), null).home();
        ui[0].type("jjjs").run();
        assertThat(ui[0].row(0)).startsWith(" Stats: Lang::Spanish");
        ui[0].press(KeyType.ArrowRight).run();
        assertThat(ui[0].row(0)).startsWith(" Stats: Words").endsWith("5/5");
        assertThat(ui[0].lines()).contains("   Nothing studied yet today.",
                "   current 1 day (study today to keep it) · longest 1 day · studied on 1 day");
        ui[0].type("l").run();
        assertThat(ui[0].row(0)).startsWith(" Stats: All decks").endsWith("1/5");
        ui[0].press(KeyType.ArrowLeft).run();
        assertThat(ui[0].row(0)).startsWith(" Stats: Words");
        ui[0].type("hjjk").resize(120, 40);
        assertThat(ui[0].row(0)).startsWith(" Stats: Lang::Spanish");
        assertThat(computing).containsExactly(
                "Stats: Lang::Spanish 4/5 | Computing…",
                "Stats: Words 5/5 | Computing…",
                "Stats: All decks 1/5 | Computing…");
    }

    @Test
    void keysPressedWhileAReportWaitsAreAnsweredFirst() {
        List<String> computed = new ArrayList<>();
        ScreenHarness ui = new ScreenHarness(backend(deck -> {
            computed.add(deck);
            return collection().stats(deck);
        }), NOW, 100, 30, Palette.colour(), null).home();
        ui.type("slll").run();
        assertThat(ui.row(0)).startsWith(" Stats: Lang::Spanish");
        assertThat(computed).containsExactly("Lang::Spanish");
    }

    @Test
    void aDeckThatCannotBeReadSaysWhyAndTheOthersStillShow() {
        ScreenHarness ui = new ScreenHarness(backend(deck -> {
            if ("Words".equals(deck)) {
                throw new GlossException("no deck named 'Words' (decks: Lang::French, Lang::Spanish)");
            }
            return collection().stats(deck);
        }), NOW, 100, 30, Palette.colour(), null).home();
        ui.type("sh").run();
        assertThat(ui.row(0)).startsWith(" Stats: Words");
        assertThat(ui.row(2)).isEqualTo(" no deck named 'Words' (decks: Lang::French, Lang::Spanish)");
        ui.type("l").run();
        assertThat(ui.text()).contains(" Gloss statistics · all decks");
    }

    @Test
    void aDeckNeverStudiedSaysSoAndStillForecastsAndCountsItsCards() {
        ScreenHarness ui = statsFromHome(100, 30, 2);
        assertThat(ui.row(0)).startsWith(" Stats: Lang::French");
        assertThat(ui.lines()).contains(" No reviews yet: study a deck with `gloss study` and come back.",
                "   2 cards · new 2 · learning 0 · review 0 · relearning 0");
        assertThat(ui.text()).contains(" Forecast cards due today and in the next 30 days ─", " Cards ─")
                .doesNotContain(" Today ─", " Calibration ─");
    }

    @Test
    void theArrowsAndPagesScrollThePanels() {
        ScreenHarness ui = statsFromHome(100, 30, 0);
        assertThat(ui.row(2)).contains("Gloss statistics");
        assertThat(ui.row(28)).endsWith("↓");
        ui.press(KeyType.ArrowDown).type("j").run();
        assertThat(ui.row(2)).startsWith(" 7 reviews in 1m 40s since 2026-01-04 ").endsWith("↑");
        ui.type("k").run();
        assertThat(ui.row(2)).startsWith(" Monday 2026-01-05").endsWith("↑");
        ui.press(KeyType.PageDown).run();
        assertThat(ui.row(2)).doesNotContain("Gloss statistics");
        ui.press(KeyType.End).run();
        assertThat(ui.text()).contains(" Hours ─", "   10 ").doesNotContain("Today");
        assertThat(ui.row(28)).doesNotEndWith("↓");
        assertThat(ui.row(28)).startsWith("   11 ");
        ui.press(KeyType.ArrowDown, KeyType.ArrowUp).run(); // past the end is the end: one line back up
        assertThat(ui.row(28)).startsWith("   10 ").endsWith("↓");
        ui.press(KeyType.Home).run();
        assertThat(ui.row(2)).isEqualTo(" Gloss statistics · all decks");
    }

    @Test
    void panelsStandInOneColumnWhenNarrowAndSideBySideWhenWide() {
        ScreenHarness ui = statsFromHome(100, 30, 0);
        int today = ui.lines().indexOf(heading("Today", 100));
        assertThat(today).isPositive();
        assertThat(ui.columnOf(today + 4, "Streak")).isEqualTo(1);

        ui.resize(170, 50);
        int wideToday = rowStartingWith(ui, " Today ─");
        int panel = (170 - 3 - StatsPanels.GAP) / 2;
        assertThat(ui.columnOf(wideToday, "Streak")).isEqualTo(1 + panel + StatsPanels.GAP);
        assertThat(ui.row(wideToday + 1)).startsWith("   3 reviews in 1m 00s")
                .endsWith("current 2 days · longest 2 days · studied on 2 days");
        assertThat(ui.columnOf(wideToday + 1, "current 2 days")).isEqualTo(1 + panel + StatsPanels.GAP + 2);
        assertThat(ui.lines()).allMatch(l -> dev.gloss.text.CellWidth.of(l) <= 170);

        ui.resize(60, 20);
        assertThat(ui.lines()).hasSize(20).allMatch(l -> dev.gloss.text.CellWidth.of(l) <= 60);
        assertThat(ui.row(0)).startsWith(" Stats: All decks");
        ui.type("jjjj").run();
        assertThat(ui.row(2)).isEqualTo(heading("Today", 60) + "↑");

        ui.resize(32, 10);
        assertThat(ui.lines()).allMatch(l -> dev.gloss.text.CellWidth.of(l) <= 32);
        assertThat(ui.row(9)).isEqualTo(" q back  ←→ deck  ↑↓ scroll");
        ui.resize(24, 8);
        assertThat(String.join(" ", ui.lines()).replaceAll(" +", " ")).contains("Make the window larger");
        ui.type("q").run();
        assertThat(ui.page()).isInstanceOf(StatsPage.class);
        ui.resize(100, 30);
        assertThat(ui.row(0)).startsWith(" Stats: All decks");
    }

    @Test
    void qAndEscGoBackHomeWithTheCursorWhereItWas() {
        ScreenHarness ui = statsFromHome(100, 30, 3);
        ui.type("ll").run();
        assertThat(ui.row(0)).startsWith(" Stats: All decks");
        ui.type("q").run();
        assertThat(ui.row(0)).startsWith(" Gloss");
        assertThat(ui.row(6)).startsWith(" ▸   Spanish");
        ui.type("js").press(KeyType.Escape).run();
        assertThat(ui.row(7)).startsWith(" ▸ Words");
        ui.press(KeyType.Enter).run();
        assertThat(ui.row(28)).contains("Nothing to study in Words right now."); // Enter took the deck under it
    }

    @Test
    void questionMarkListsTheKeysAndAnyKeyComesBack() {
        ScreenHarness ui = statsFromHome(100, 30, 0);
        ui.type("?").run();
        assertThat(ui.text()).contains("Gloss: keys", "Stats", "the previous or next deck of the home list");
        ui.type(" ").run();
        assertThat(ui.row(0)).startsWith(" Stats: All decks");
    }

    @Test
    void anEmptyCollectionShowsEveryDeckWithNothingInIt() {
        db.close();
        db = Database.open(dir.resolve("empty.db"));
        ScreenHarness ui = new ScreenHarness(db, NOW, 100, 30).home().type("s").run();
        assertThat(ui.row(0)).isEqualTo(" Stats: All decks");
        assertThat(ui.lines()).contains(" No reviews yet: study a deck with `gloss study` and come back.",
                "   0 cards · new 0 · learning 0 · review 0 · relearning 0");
        ui.type("lq").run();
        assertThat(ui.text()).contains("No decks yet");
    }

    /** A panel's heading on a window {@code columns} wide: the name, then a rule to the scroll marks' column. */
    private static String heading(String name, int columns) {
        return " " + name + " " + "─".repeat(columns - 3 - name.length() - 1);
    }

    private static int rowStartingWith(ScreenHarness ui, String start) {
        List<String> lines = ui.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + start + " on\n" + ui.text());
    }
}
