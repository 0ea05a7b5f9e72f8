package dev.gloss.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import dev.gloss.study.SessionOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The UI on a virtual terminal, as the tests drive it: keys are queued first, then the loop runs
 * on the test thread until no key is left (a virtual terminal's blocking read holds its lock, so a
 * second thread reading the screen would hang), then the screen's text is read.
 */
final class ScreenHarness {
    static final ZoneId UTC = ZoneOffset.UTC;

    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final FrameTimes frameTimes = new FrameTimes();
    final App app;
    private final FullScreen ui;
    private Page page;

    ScreenHarness(Database db, Instant now, int columns, int rows, Palette palette) {
        this(db, now, columns, rows, palette, null);
    }

    /** With {@code nanoClock} null, time on a card passes only by {@link #wait}; else it is that clock's. */
    ScreenHarness(Database db, Instant now, int columns, int rows, Palette palette,
                  java.util.function.LongSupplier nanoClock) {
        this(new CollectionBackend(db, Clock.fixed(now, UTC), UTC), now, columns, rows, palette, nanoClock);
    }

    ScreenHarness(Backend backend, Instant now, int columns, int rows, Palette palette,
                  java.util.function.LongSupplier nanoClock) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.fixed(now, UTC);
        java.util.function.LongSupplier time = nanoClock == null ? nanos::get : nanoClock;
        app = new App(backend, clock, UTC, time);
        ui = new FullScreen(screen, palette, time, frameTimes);
    }

    ScreenHarness(Database db, Instant now, int columns, int rows) {
        this(db, now, columns, rows, Palette.colour());
    }

    ScreenHarness home() {
        return start(app.home(QuizMode.FLIP, "", null));
    }

    ScreenHarness study(String deck, QuizMode mode) {
        return start(app.study(new SessionOptions(deck, null, null, mode.id()), mode));
    }

    ScreenHarness start(Page first) {
        page = first;
        return run();
    }

    /** Queues each character as a key press. */
    ScreenHarness type(String keys) {
        keys.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
        return this;
    }

    ScreenHarness press(KeyType... keys) {
        for (KeyType k : keys) {
            terminal.addInput(new KeyStroke(k));
        }
        return this;
    }

    ScreenHarness ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return this;
    }

    /** Lets the given time pass on the clock that times each card. */
    ScreenHarness wait(Duration d) {
        nanos.addAndGet(d.toNanos());
        return this;
    }

    /** Runs the loop over the queued keys. */
    ScreenHarness run() {
        page = ui.runQueuedKeys(page);
        return this;
    }

    ScreenHarness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return run();
    }

    boolean exited() {
        return page == Page.EXIT;
    }

    Page page() {
        return page;
    }

    /** The screen's text, one line per row, trailing spaces removed; a wide character is one entry. */
    List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                line.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    col++;
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    String text() {
        return String.join("\n", lines());
    }

    String row(int row) {
        return lines().get(row);
    }

    /** The cell at a position, as the terminal holds it. */
    TextCharacter cell(int col, int row) {
        return terminal.getCharacter(col, row);
    }

    /** The column at which {@code text} starts on {@code row} counted in cells, or -1. */
    int columnOf(int row, String text) {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder line = new StringBuilder();
        List<Integer> columns = new ArrayList<>();
        for (int col = 0; col < size.getColumns(); col++) {
            TextCharacter c = terminal.getCharacter(col, row);
            String s = c.getCharacterString();
            for (int i = 0; i < s.length(); i++) {
                columns.add(col);
            }
            line.append(s);
            if (c.isDoubleWidth()) {
                col++;
            }
        }
        int at = line.indexOf(text);
        return at < 0 ? -1 : columns.get(at);
    }
}
