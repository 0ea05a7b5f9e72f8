package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import dev.gloss.store.Database;
import dev.gloss.store.DeckSaver;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gloss in a real terminal: tmux runs the built jar on a temporary collection, keys are sent,
 * the screen is read with capture-pane, and afterwards the collection is checked. The program
 * runs with LANG unset (Java would fall back to ASCII) to show the terminal is driven in UTF-8.
 */
class FullScreenIT {
    private static final String NOW = "2026-01-05T10:00:00Z";
    private static final String WIDE_AND_EVIL = "日本語 🙂 مرحبا \u001b[31mRED\u001b[0m\u001b]0;pwned\u0007 done";

    @TempDir
    Path dir;

    @BeforeAll
    static void tmuxIsThere() {
        Optional<String> version = Tmux.version();
        if (version.isEmpty()) {
            String message = "tmux is not installed: the end-to-end test of the full-screen UI needs it "
                    + "(apt-get install tmux; .ci/run installs it)";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        assertThat(jar()).as("the jar built by mvn package").exists();
    }

    private static Path jar() {
        return Path.of(System.getProperty("gloss.jar", "target/gloss.jar")).toAbsolutePath();
    }

    /** The shell command that runs Gloss and then reports its exit code and the terminal's mode. */
    private String gloss(String... args) throws IOException {
        Path script = dir.resolve("run-gloss.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, String.join("\n",
                "cd '" + dir + "'",
                "env -u LANG -u LC_ALL -u LC_CTYPE GLOSS_DB='" + dir.resolve("gloss.db") + "' GLOSS_NOW=" + NOW
                        + " TZ=UTC GLOSS_FRAME_LOG='" + dir.resolve("frames.log") + "' '" + java + "' -jar '" + jar()
                        + "' \"$@\"",
                "echo \"GLOSS-EXIT=$?\"",
                "echo \"TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\\n' ' ')\"",
                "sleep 600", ""));
        StringBuilder command = new StringBuilder("sh '" + script + "'");
        for (String a : args) {
            command.append(" '").append(a).append("'");
        }
        return command.toString();
    }

    @Test
    void aNewUserStudiesInEveryModeUndoesResizesQuitsAndFindsItAllAgain() throws Exception {
        try (Tmux tmux = new Tmux(dir)) {
            // a fresh collection opens on the bundled deck
            tmux.start(100, 30, gloss());
            String home = tmux.await("AI Glossary", "0 reviewed today · streak 0 days", "Enter study");
            assertThat(home).contains(" ▸ AI Glossary");
            tmux.keys("q");
            assertThat(tmux.await("GLOSS-EXIT=", "TTY:")).contains("GLOSS-EXIT=0", "TTY: icanon echo");
        }
        addSpecialsDeck();

        try (Tmux tmux = new Tmux(dir)) {
            tmux.start(100, 30, gloss());
            tmux.await("Specials", "All decks");
            tmux.keys("End", "Enter");

            // flip: CJK, an emoji and an RTL word intact; the escape sequences gone, the title untouched
            String card = tmux.await("Specials", "0/6");
            assertThat(lines(card)).contains(" 日本語 🙂 مرحبا RED done");
            assertThat(card).doesNotContain("pwned", "\u001b", "??");
            assertThat(tmux.paneTitle()).doesNotContain("pwned");
            tmux.keys("Space");
            assertThat(tmux.await("東京 👍", "3 Good 10m")).contains("1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");
            tmux.keys("3");
            tmux.await("Good: back in 10m", "Capital of France?");
            tmux.keys("q");
            tmux.await("Session over: Specials", "Cards studied  1", "Any key returns home");
            tmux.keys("x");

            // type
            tmux.await("Mode: flip");
            tmux.keys("m");
            tmux.await("Quiz mode: type");
            tmux.keys("Enter");
            tmux.await("Capital of France?", "Type the answer, then Enter:");
            tmux.type("paris");
            tmux.keys("Enter");
            tmux.await("✓ Right", "You typed: paris", "Enter Good");
            tmux.keys("Enter");
            tmux.await("Good: back in 10m", "Capital of Germany?");
            tmux.keys("Escape");
            tmux.await("Session over: Specials");
            tmux.keys("x");

            // choice, an undo, and a resize while studying
            tmux.await("Mode: type");
            tmux.keys("m");
            tmux.await("Quiz mode: choice");
            tmux.keys("Enter");
            String question = tmux.await("Capital of Germany?", "1-4 choose");
            tmux.keys(option(question, "Berlin"));
            tmux.await("✓ Right (Good: back in 10m)", "Capital of Japan?");
            tmux.keys("u");
            question = tmux.await("Undone: the answer to \"Capital of Germany?\" is taken back.");
            assertThat(question).contains("Capital of Germany?");

            tmux.resize(40, 12);
            question = tmux.await(screen -> lines(screen).size() == 12 && screen.contains("1-4 choose")
                    && lines(screen).stream().allMatch(l -> CellWidth.of(l) <= 40), "the 40×12 layout");
            assertThat(lines(question).get(0)).startsWith(" Specials").endsWith("choice");
            tmux.keys(option(question, "Berlin"));
            tmux.await("✓ Right", "Capital of Japan?");
            tmux.resize(20, 6);
            tmux.await("Make the");
            tmux.resize(100, 30);
            tmux.await("Capital of Japan?", "1-4 choose");
            tmux.keys("q");
            tmux.await("Session over: Specials");
            tmux.keys("x");

            // mixed: a new card is asked as a choice
            tmux.await("Mode: choice");
            tmux.keys("m");
            tmux.await("Quiz mode: mixed");
            tmux.keys("Enter");
            question = tmux.await("mixed: choice", "Capital of Japan?");
            tmux.keys(option(question, "Tokyo"));
            tmux.await("✓ Right");
            tmux.keys("q");
            tmux.await("Session over: Specials");
            tmux.keys("x");
            tmux.await("4 reviewed today · streak 1 day");
            tmux.keys("q");
            assertThat(tmux.await("GLOSS-EXIT=", "TTY:")).contains("GLOSS-EXIT=0", "TTY: icanon echo");
        }
        assertThat(specialsLog()).containsExactly(
                "日本語 🙂 مرحبا RED done|3|flip",
                "Capital of France?|3|type",
                "Capital of Germany?|3|choice",
                "Capital of Japan?|3|choice");

        // after a restart: the answers are there, and the last one can still be undone
        try (Tmux tmux = new Tmux(dir)) {
            tmux.start(100, 30, gloss("study", "Specials"));
            tmux.await("Specials", "flip");
            tmux.keys("u");
            tmux.await("Undone: the answer to \"Capital of Japan?\" is taken back.");
            tmux.keys("q");
            tmux.await("Session over: Specials");
            tmux.keys("x");
            tmux.await("3 reviewed today");
            tmux.keys("q");
            assertThat(tmux.await("GLOSS-EXIT=", "TTY:")).contains("GLOSS-EXIT=0");
        }
        assertThat(specialsLog()).hasSize(3).noneMatch(l -> l.startsWith("Capital of Japan?"));
        reportFrameTimes();
    }

    @Test
    void aSmallTerminalFromTheStartAndCtrlCQuitsCleanly() throws Exception {
        try (Tmux tmux = new Tmux(dir)) {
            tmux.start(40, 12, gloss());
            String home = tmux.await("AI Glossary", "Enter study");
            assertThat(lines(home)).hasSize(12).allMatch(l -> CellWidth.of(l) <= 40);
            tmux.keys("Enter");
            tmux.await("AI Agent", "Space answer");
            tmux.keys("Space");
            String answer = tmux.await("1 Again 1m · 2 Hard 6m", "3 Good 10m · 4 Easy 8d");
            assertThat(lines(answer)).allMatch(l -> CellWidth.of(l) <= 40);
            tmux.keys("3");
            tmux.await("Good: back in 10m");
            tmux.keys("C-c");
            assertThat(tmux.await("GLOSS-EXIT=", "TTY:")).contains("GLOSS-EXIT=0", "TTY: icanon echo");
        }
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            String logged = db.query(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*), min(mode) FROM review_log")) {
                    return rs.getInt(1) + " " + rs.getString(2);
                }
            });
            assertThat(logged).isEqualTo("1 flip");
        }
    }

    @Test
    void theStatsScreenShowsTheCardsJustStudiedAndGoesBackHome() throws Exception {
        try (Tmux tmux = new Tmux(dir)) {
            // the first run installs the bundled deck
            tmux.start(100, 30, gloss("decks"));
            tmux.await("GLOSS-EXIT=0");
        }
        addSpecialsDeck();
        try (Tmux tmux = new Tmux(dir)) {
            tmux.start(100, 30, gloss());
            tmux.await("AI Glossary", "Specials", "Enter study");
            tmux.keys("Down", "Enter");
            tmux.await("Space answer", " 0/");
            // Good, Again, Good, whatever the cards: the header counts the answers ("3/" of the cards due)
            tmux.keys("Space", "3");
            tmux.await("Good: back in 10m", " 1/");
            tmux.keys("Space", "1");
            tmux.await("Again: back in 1m", " 2/");
            tmux.keys("Space", "3");
            tmux.await("Good: back in 10m", " 3/");
            tmux.keys("q");
            tmux.await("Session over: AI Glossary");
            tmux.keys("x");
            tmux.await("3 reviewed today · streak 1 day");

            tmux.keys("s");
            String stats = tmux.await("Stats: AI Glossary", "Today ─", "Streak ─");
            assertThat(stats).contains("66.7% correct (1 Again) · 3 new cards", "learn 3 · review 0 · relearn 0",
                    "current 1 day · longest 1 day · studied on 1 day", "q back  ←→ deck  ↑↓ scroll");
            assertThat(lines(stats)).hasSize(30).allMatch(l -> CellWidth.of(l) <= 100);
            tmux.keys("Right");
            assertThat(tmux.await("Stats: Specials", "No reviews yet")).contains("6 cards · new 6");
            tmux.keys("Right");
            tmux.await("Stats: All decks", "3 reviews in");
            tmux.keys("End");
            tmux.await("Hours ─");

            // wide enough for two panels side by side: Today and Streak share a row
            tmux.resize(170, 40);
            tmux.keys("Home");
            tmux.await(screen -> lines(screen).stream().anyMatch(l -> l.matches(" Today ─+ +Streak ─+")),
                    "Today and Streak side by side");
            tmux.resize(100, 30);
            tmux.keys("Left", "q");
            String home = tmux.await("3 reviewed today", "Enter study");
            assertThat(home).contains(" ▸ AI Glossary");
            tmux.keys("q");
            assertThat(tmux.await("GLOSS-EXIT=", "TTY:")).contains("GLOSS-EXIT=0", "TTY: icanon echo");
        }
    }

    /** Adds a deck whose first card holds wide text, an emoji, an RTL word and escape sequences (stored raw). */
    private void addSpecialsDeck() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            new DeckSaver(db).save(StudyFixture.deck("Specials", "placeholder", "東京 👍",
                    "Capital of France?", "Paris", "Capital of Germany?", "Berlin", "Capital of Japan?", "Tokyo",
                    "Capital of Italy?", "Rome", "Capital of Spain?", "Madrid"), Instant.parse(NOW).minusSeconds(60), false);
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE card SET front = ? WHERE front = 'placeholder'")) {
                    ps.setString(1, WIDE_AND_EVIL);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
                return null;
            });
        }
    }

    private List<String> specialsLog() {
        try (Database db = Database.open(dir.resolve("gloss.db"))) {
            return db.query(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT c.front, r.rating, r.mode, r.duration_ms"
                        + " FROM review_log r JOIN card c ON c.id = r.card_id JOIN deck d ON d.id = c.deck_id"
                        + " WHERE d.name = 'Specials' ORDER BY r.id")) {
                    while (rs.next()) {
                        assertThat(rs.getLong(4)).as("time on the card").isBetween(1L, 60_000L);
                        out.add(dev.gloss.deck.PlainText.safe(rs.getString(1)) + "|" + rs.getInt(2) + "|"
                                + rs.getString(3));
                    }
                }
                return out;
            });
        }
    }

    /** The number key of the option showing {@code answer}. */
    private static String option(String screen, String answer) {
        Matcher m = Pattern.compile("(?m)^ ([1-4])  " + Pattern.quote(answer) + "\\s*$").matcher(screen);
        assertThat(m.find()).as("option " + answer + " on\n" + screen).isTrue();
        return m.group(1);
    }

    private static List<String> lines(String screen) {
        List<String> lines = new ArrayList<>(Arrays.asList(screen.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Prints what the frame log measured in the real terminal (read by people, not asserted). */
    private void reportFrameTimes() throws IOException {
        Path log = dir.resolve("frames.log");
        if (!Files.exists(log)) {
            return;
        }
        List<Long> first = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] p = line.split(" ");
            (p[0].startsWith("first") ? first : keys).add(Long.parseLong(p[1]));
        }
        keys.sort(null);
        System.out.printf("real terminal: first frame at JVM uptime %s ms; key to frame (µs) median %d, p95 %d, max %d"
                        + " over %d keys%n", first, keys.get(keys.size() / 2), keys.get(keys.size() * 95 / 100),
                keys.get(keys.size() - 1), keys.size());
    }
}
