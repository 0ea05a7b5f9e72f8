package dev.gloss.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The UI loop on one Lanterna screen: draw the page, wait for a key, let the page answer it,
 * draw again. While no key is waiting, a page may finish slow work its last frame announced. A resize redraws at once; below {@link #MIN_COLUMNS} by {@link #MIN_ROWS} a
 * "make the window larger" notice is drawn instead of the page, and keys other than Ctrl-C are ignored.
 * One thread only: Lanterna screens are not thread-safe.
 */
final class FullScreen {
    static final int MIN_COLUMNS = 32;
    static final int MIN_ROWS = 10;
    /** Sleep between polls just after a key (typing goes on): a key waits at most this long. */
    private static final long BUSY_POLL_MS = 4;
    /** Sleep between polls once nothing has happened for a while (a resize or the next key waits this long). */
    private static final long IDLE_POLL_MS = 20;
    private static final long BUSY_NANOS = 2_000_000_000L;

    private final Screen screen;
    private final Palette palette;
    private final LongSupplier nanoTime;
    private final Map<Canvas.GlyphKey, TextCharacter> glyphs = Canvas.newGlyphCache();
    private final FrameTimes frameTimes;

    FullScreen(Screen screen, Palette palette, LongSupplier nanoTime, FrameTimes frameTimes) {
        this.screen = screen;
        this.palette = palette;
        this.nanoTime = nanoTime;
        this.frameTimes = frameTimes;
    }

    /** Runs until a page exits (or Ctrl-C, or the input ends); returns {@link Page#EXIT}. */
    Page run(Page first) {
        return loop(first, false);
    }

    /**
     * Runs while keys are waiting and returns the page then showing (tests queue keys first:
     * a virtual terminal's blocking read would hold its lock forever).
     */
    Page runQueuedKeys(Page first) {
        return loop(first, true);
    }

    private Page loop(Page first, boolean stopWhenIdle) {
        Page page = first;
        long lastKey = nanoTime.getAsLong();
        try {
            draw(page, true);
            frameTimes.firstFrame(nanoTime.getAsLong());
            while (true) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    if (screen.doResizeIfNecessary() != null) {
                        draw(page, true);
                        continue;
                    }
                    if (!tooSmall(screen.getTerminalSize()) && page.doPendingWork()) {
                        draw(page, false);
                        continue;
                    }
                    if (stopWhenIdle) {
                        return page;
                    }
                    sleep(nanoTime.getAsLong() - lastKey < BUSY_NANOS ? BUSY_POLL_MS : IDLE_POLL_MS);
                    continue;
                }
                long received = nanoTime.getAsLong();
                lastKey = received;
                if (key.getKeyType() == KeyType.EOF || Keys.isCtrl(key, 'c')) {
                    return Page.EXIT;
                }
                if (tooSmall(screen.getTerminalSize())) {
                    continue;
                }
                page = page.onKey(key);
                if (page == Page.EXIT) {
                    return Page.EXIT;
                }
                draw(page, false);
                frameTimes.keyToFrame(nanoTime.getAsLong() - received);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the page; after a resize the whole screen is rewritten, as the terminal has reflowed it. */
    private void draw(Page page, boolean complete) throws IOException {
        boolean resized = screen.doResizeIfNecessary() != null || complete;
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        Canvas canvas = new Canvas(screen.newTextGraphics(), size, palette, glyphs);
        if (tooSmall(size)) {
            drawTooSmall(canvas);
        } else {
            page.draw(canvas);
        }
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    static boolean tooSmall(TerminalSize size) {
        return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
    }

    private static void drawTooSmall(Canvas canvas) {
        String message = "Make the window larger: Gloss needs " + MIN_COLUMNS + "×" + MIN_ROWS + " (now "
                + canvas.width() + "×" + canvas.height() + "). Ctrl-C quits.";
        List<List<Span>> lines = Wrap.lines(message, Style.WARNING, canvas.width());
        int top = Math.max(0, (canvas.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size() && top + i < canvas.height(); i++) {
            int left = Math.max(0, (canvas.width() - Span.width(lines.get(i))) / 2);
            canvas.put(left, top + i, lines.get(i));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
