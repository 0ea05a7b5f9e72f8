package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gloss.study.QuizMode;
import dev.gloss.study.SessionOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * Today's decks with their counts, today's reviews and the streak; Enter studies the selected deck, s shows its
 * stats.
 */
final class HomePage implements Page {
    private static final int NUMBER = 5;
    private static final List<QuizMode> MODES = List.of(QuizMode.FLIP, QuizMode.TYPE, QuizMode.CHOICE, QuizMode.MIXED);

    private final App app;
    private final HomeData data;
    private final List<DeckTree.Row> rows;
    private QuizMode mode;
    private String notice;
    private int selected;
    private int scroll;
    private int visibleRows = 1;

    HomePage(App app, HomeData data, QuizMode mode, String notice, String selectDeck) {
        this.app = app;
        this.data = data;
        this.rows = DeckTree.rows(data.decks());
        this.mode = mode;
        this.notice = notice == null ? "" : notice;
        for (int i = 0; i < rows.size(); i++) {
            String deck = rows.get(i).deck();
            if (selectDeck != null && deck != null && deck.equalsIgnoreCase(selectDeck.strip())) {
                selected = i;
            }
        }
    }

    @Override
    public Page onKey(KeyStroke key) {
        notice = "";
        if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j')) {
            move(1);
        } else if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            move(-1);
        } else if (Keys.is(key, KeyType.PageDown)) {
            move(visibleRows);
        } else if (Keys.is(key, KeyType.PageUp)) {
            move(-visibleRows);
        } else if (Keys.is(key, KeyType.Home)) {
            move(-rows.size());
        } else if (Keys.is(key, KeyType.End)) {
            move(rows.size());
        } else if (Keys.is(key, KeyType.Enter) && !rows.isEmpty()) {
            DeckTree.Row row = rows.get(selected);
            return app.study(new SessionOptions(row.deck(), null, null, mode.id()), mode);
        } else if (Keys.is(key, 'm')) {
            mode = MODES.get((MODES.indexOf(mode) + 1) % MODES.size());
            notice = "Quiz mode: " + mode.id() + " — " + describe(mode);
        } else if (Keys.is(key, 's')) {
            return app.stats(this, rows, selected);
        } else if (Keys.is(key, '?')) {
            return new HelpPage(this);
        } else if (Keys.is(key, 'q') || Keys.is(key, KeyType.Escape)) {
            return EXIT;
        }
        return this;
    }

    static String describe(QuizMode mode) {
        return switch (mode) {
            case FLIP -> "show the answer, rate yourself";
            case TYPE -> "type the answer";
            case CHOICE -> "pick among four";
            case MIXED -> "choice when new, typed when young, flip when mature";
        };
    }

    private void move(int delta) {
        if (!rows.isEmpty()) {
            selected = Math.max(0, Math.min(rows.size() - 1, selected + delta));
        }
    }

    @Override
    public void draw(Canvas canvas) {
        int width = canvas.width();
        canvas.put(1, 0, "Gloss", Style.STRONG);
        String today = data.reviewsToday() + " reviewed today · streak " + data.streakDays()
                + (data.streakDays() == 1 ? " day" : " days");
        if (CellWidth.of(today) > width - 8) {
            today = data.reviewsToday() + " today · streak " + data.streakDays();
        }
        canvas.put(Math.max(7, width - 1 - CellWidth.of(today)), 0, today, Style.QUIET);

        int numbers = 3 * (NUMBER + 1);
        int nameWidth = Math.max(4, width - 3 - numbers - 1);
        int headerRow = 2;
        canvas.put(3, headerRow, "Deck", Style.QUIET);
        canvas.put(3 + nameWidth, headerRow, Fit.right("New", NUMBER + 1) + Fit.right("Learn", NUMBER + 1)
                + Fit.right("Due", NUMBER + 1), Style.QUIET);

        String status = notice.isEmpty() ? "Mode: " + mode.id() + " (" + describe(mode) + ")" : notice;
        List<List<Span>> statusLines = Wrap.lines(status, notice.isEmpty() ? Style.QUIET : Style.NORMAL, width - 2);
        statusLines = statusLines.subList(0, Math.min(2, statusLines.size()));
        int first = headerRow + 1;
        int last = canvas.height() - 2 - statusLines.size();
        visibleRows = Math.max(1, last - first + 1);
        if (rows.isEmpty()) {
            List<List<Span>> lines = Wrap.lines("No decks yet. Add one with: gloss import FILE "
                    + "(a deck JSON, or glossary pages with gloss generate)", Style.NORMAL, width - 4);
            for (int i = 0; i < lines.size() && first + i <= last; i++) {
                canvas.put(3, first + i, lines.get(i));
            }
        }
        if (selected < scroll) {
            scroll = selected;
        } else if (selected >= scroll + visibleRows) {
            scroll = selected - visibleRows + 1;
        }
        for (int i = 0; i < visibleRows && scroll + i < rows.size(); i++) {
            drawRow(canvas, first + i, rows.get(scroll + i), scroll + i == selected, nameWidth);
        }
        // scroll marks in the left margin: the right edge holds the counts
        if (scroll > 0) {
            canvas.put(0, first, "↑", Style.QUIET);
        }
        if (scroll + visibleRows < rows.size()) {
            canvas.put(0, last, "↓", Style.QUIET);
        }

        for (int i = 0; i < statusLines.size(); i++) {
            canvas.put(1, canvas.height() - 1 - statusLines.size() + i, statusLines.get(i));
        }
        List<Fit.Hint> hints = new ArrayList<>(List.of(new Fit.Hint("Enter", "study"), new Fit.Hint("m", "mode"),
                new Fit.Hint("?", "help"), new Fit.Hint("q", "quit"), new Fit.Hint("s", "stats"),
                new Fit.Hint("↑↓", "move")));
        canvas.put(1, canvas.height() - 1, Fit.hints(hints, width - 2));
    }

    private static void drawRow(Canvas canvas, int row, DeckTree.Row deck, boolean selected, int nameWidth) {
        if (selected) {
            canvas.fillRow(row, Style.SELECTED);
        }
        Style base = selected ? Style.SELECTED : Style.NORMAL;
        canvas.put(1, row, selected ? "▸" : " ", base);
        String indent = "  ".repeat(deck.depth());
        canvas.put(3, row, Fit.to(indent + deck.label(), nameWidth - 1), selected ? Style.SELECTED
                : deck.deck() == null ? Style.STRONG : Style.NORMAL);
        int col = 3 + nameWidth;
        col = number(canvas, row, col, deck.newToday(), selected ? Style.SELECTED : Style.NEW_COUNT);
        col = number(canvas, row, col, deck.learning(), selected ? Style.SELECTED : Style.LEARNING_COUNT);
        number(canvas, row, col, deck.due(), selected ? Style.SELECTED : Style.REVIEW_COUNT);
    }

    private static int number(Canvas canvas, int row, int col, int value, Style style) {
        Style s = value == 0 && style != Style.SELECTED ? Style.QUIET : style;
        canvas.put(col, row, Fit.right(String.valueOf(value), NUMBER + 1), s);
        return col + NUMBER + 1;
    }
}
