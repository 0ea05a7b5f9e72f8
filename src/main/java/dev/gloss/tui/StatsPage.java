package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gloss.GlossException;
import dev.gloss.stats.StatsReport;
import dev.gloss.text.CellWidth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one deck of the home list (with its sub-decks, or every deck) as panels ({@link StatsPanels});
 * ←/→ go to the previous or next deck of that list, ↑/↓ scroll, q goes back. A report reads the whole review log, so
 * it is computed once per deck shown, after a "Computing…" frame, and kept while the page lives.
 */
final class StatsPage implements Page {
    private final Backend backend;
    private final Page back;
    private final List<DeckTree.Row> decks;
    private final Map<Integer, StatsReport> reports = new HashMap<>();
    private final Map<Integer, String> failures = new HashMap<>();
    private int shown;
    private int scroll;
    private int pageSize = 1;
    private Body body;

    /** The last layout, kept while neither the deck nor the width changes. */
    private record Body(int deck, int width, List<List<Span>> lines) {
    }

    /**
     * @param decks    the home list's rows, not empty
     * @param selected the row shown first
     */
    StatsPage(Backend backend, Page back, List<DeckTree.Row> decks, int selected) {
        if (decks.isEmpty()) {
            throw new IllegalArgumentException("no deck to show");
        }
        this.backend = backend;
        this.back = back;
        this.decks = List.copyOf(decks);
        this.shown = Math.max(0, Math.min(decks.size() - 1, selected));
    }

    @Override
    public Page onKey(KeyStroke key) {
        if (Keys.is(key, KeyType.ArrowLeft) || Keys.is(key, 'h')) {
            show(shown - 1);
        } else if (Keys.is(key, KeyType.ArrowRight) || Keys.is(key, 'l')) {
            show(shown + 1);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j')) {
            scroll++;
        } else if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            scroll = Math.max(0, scroll - 1);
        } else if (Keys.is(key, KeyType.PageDown)) {
            scroll += pageSize;
        } else if (Keys.is(key, KeyType.PageUp)) {
            scroll = Math.max(0, scroll - pageSize);
        } else if (Keys.is(key, KeyType.Home)) {
            scroll = 0;
        } else if (Keys.is(key, KeyType.End)) {
            scroll = Integer.MAX_VALUE;
        } else if (Keys.is(key, '?')) {
            return new HelpPage(this);
        } else if (Keys.is(key, 'q') || Keys.is(key, KeyType.Escape)) {
            return back;
        }
        return this;
    }

    /** Shows the deck at {@code index}, wrapping around the list. */
    private void show(int index) {
        shown = Math.floorMod(index, decks.size());
        scroll = 0;
    }

    @Override
    public boolean doPendingWork() {
        if (reports.containsKey(shown) || failures.containsKey(shown)) {
            return false;
        }
        try {
            reports.put(shown, backend.stats(decks.get(shown).deck()));
        } catch (GlossException e) {
            failures.put(shown, e.getMessage());
        }
        return true;
    }

    @Override
    public void draw(Canvas canvas) {
        int width = canvas.width();
        int height = canvas.height();
        String position = decks.size() > 1 ? (shown + 1) + "/" + decks.size() + " " : "";
        String title = "Stats: " + decks.get(shown).title();
        canvas.put(1, 0, Fit.to(title, Math.max(4, width - CellWidth.of(position) - 4)), Style.STRONG);
        canvas.putRight(0, position, Style.QUIET);
        StatsReport report = reports.get(shown);
        if (failures.containsKey(shown)) {
            List<List<Span>> lines = Wrap.lines(failures.get(shown), Style.WARNING, width - 2);
            for (int i = 0; i < lines.size() && 2 + i < height - 1; i++) {
                canvas.put(1, 2 + i, lines.get(i));
            }
        } else if (report == null) {
            canvas.put(1, 2, "Computing…", Style.QUIET);
        } else {
            drawBody(canvas, report);
        }
        canvas.put(1, height - 1, Fit.hints(List.of(new Fit.Hint("q", "back"), new Fit.Hint("←→", "deck"),
                new Fit.Hint("↑↓", "scroll"), new Fit.Hint("?", "help")), width - 2));
    }

    /** The panels from row 2 to above the footer; one column is kept free on the right for the scroll marks. */
    private void drawBody(Canvas canvas, StatsReport report) {
        int width = canvas.width() - 3;
        if (body == null || body.deck() != shown || body.width() != width) {
            body = new Body(shown, width, StatsPanels.lines(report, width));
        }
        List<List<Span>> lines = body.lines();
        int top = 2;
        pageSize = Math.max(1, canvas.height() - 1 - top);
        int maxScroll = Math.max(0, lines.size() - pageSize);
        scroll = Math.min(scroll, maxScroll);
        for (int i = 0; i < pageSize && scroll + i < lines.size(); i++) {
            canvas.put(1, top + i, lines.get(scroll + i));
        }
        if (scroll > 0) {
            canvas.put(canvas.width() - 2, top, "↑", Style.QUIET);
        }
        if (scroll < maxScroll) {
            canvas.put(canvas.width() - 2, top + pageSize - 1, "↓", Style.QUIET);
        }
    }
}
