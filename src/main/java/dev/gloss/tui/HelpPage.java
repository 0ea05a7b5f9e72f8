package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;

/** Every key, and what the quiz modes do; ↑/↓ scroll, any other key goes back. */
final class HelpPage implements Page {
    private static final List<String[]> LINES = List.of(
            new String[]{"Home", null},
            new String[]{"↑ ↓  j k", "move"},
            new String[]{"Enter", "study the deck (with its sub-decks)"},
            new String[]{"m", "change the quiz mode: flip, type, choice, mixed"},
            new String[]{"s", "stats of the deck (with its sub-decks)"},
            new String[]{"q  Esc", "quit (Ctrl-C quits anywhere)"},
            new String[]{"", ""},
            new String[]{"Study", null},
            new String[]{"Space  Enter", "show the answer; once shown, Good (flip) or the proposed rating (type)"},
            new String[]{"1 2 3 4", "Again, Hard, Good, Easy; in choice mode, the option"},
            new String[]{"u", "undo the last answer, also one from before a restart (Ctrl-U while typing)"},
            new String[]{"e", "edit the card's text; its progress stays (Ctrl-E while typing)"},
            new String[]{"!", "suspend the card"},
            new String[]{"-", "bury the card until tomorrow"},
            new String[]{"s", "skip the card for now"},
            new String[]{"↑ ↓  PgUp PgDn", "scroll a long card"},
            new String[]{"q  Esc", "end the session (Esc while typing)"},
            new String[]{"", ""},
            new String[]{"Stats", null},
            new String[]{"← →  h l", "the previous or next deck of the home list"},
            new String[]{"↑ ↓  j k", "scroll (also PgUp PgDn, Home End)"},
            new String[]{"q  Esc", "back home"},
            new String[]{"", ""},
            new String[]{"Modes", null},
            new String[]{"flip", "show the answer and rate yourself"},
            new String[]{"type", "type the answer: case, accents, punctuation and small typos are forgiven; "
                    + "Enter accepts the proposed rating, 1-4 change it. A long answer is compared by you, "
                    + "with the key words you had marked"},
            new String[]{"choice", "pick among four: right is Good, wrong is Again"},
            new String[]{"mixed", "choice while a card is new, typed while young, flip once mature"});

    private final Page back;
    private int scroll;

    HelpPage(Page back) {
        this.back = back;
    }

    @Override
    public Page onKey(KeyStroke key) {
        if (Keys.is(key, KeyType.ArrowDown)) {
            scroll++;
            return this;
        }
        if (Keys.is(key, KeyType.ArrowUp)) {
            scroll = Math.max(0, scroll - 1);
            return this;
        }
        return back;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.put(1, 0, "Gloss: keys", Style.STRONG);
        int keyWidth = Math.min(15, canvas.width() / 3);
        List<List<Span>> lines = new ArrayList<>();
        for (String[] l : LINES) {
            if (l[1] == null) {
                lines.add(Span.line(l[0], Style.STRONG));
                continue;
            }
            List<List<Span>> wrapped = Wrap.lines(l[1], Style.NORMAL, canvas.width() - keyWidth - 3);
            for (int i = 0; i < wrapped.size(); i++) {
                List<Span> line = new ArrayList<>();
                line.add(new Span(pad(i == 0 ? l[0] : "", keyWidth), Style.KEY));
                line.add(new Span(" ", Style.NORMAL));
                line.addAll(wrapped.get(i));
                lines.add(line);
            }
        }
        int rows = canvas.height() - 3;
        scroll = Math.min(scroll, Math.max(0, lines.size() - rows));
        for (int i = 0; i < rows && scroll + i < lines.size(); i++) {
            canvas.put(1, 2 + i, lines.get(scroll + i));
        }
        String more = lines.size() > rows ? "↑↓ scroll  " : "";
        canvas.put(1, canvas.height() - 1, more + "any other key goes back", Style.QUIET);
    }

    private static String pad(String s, int width) {
        String fitted = Fit.to(s, width);
        return fitted + " ".repeat(Math.max(0, width - CellWidth.of(fitted)));
    }
}
