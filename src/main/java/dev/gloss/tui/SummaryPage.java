package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.gloss.study.QuizMode;
import dev.gloss.study.Summary;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The end of a session: cards studied, accuracy, time, what is due tomorrow; any key goes home. */
final class SummaryPage implements Page {
    private final App app;
    private final Summary summary;
    private final String title;
    private final String laterNote;
    private final QuizMode mode;
    private final String deck;

    SummaryPage(App app, Summary summary, String title, String laterNote, QuizMode mode, String deck) {
        this.app = app;
        this.summary = summary;
        this.title = title;
        this.laterNote = laterNote;
        this.mode = mode;
        this.deck = deck;
    }

    @Override
    public Page onKey(KeyStroke key) {
        return app.home(mode, "", deck);
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.put(1, 0, Fit.to("Session over: " + title, canvas.width() - 2), Style.STRONG);
        int row = 2;
        if (summary.answered() == 0) {
            canvas.put(2, row++, "No cards answered.", Style.NORMAL);
        } else {
            row = line(canvas, row, "Cards studied", String.valueOf(summary.answered()));
            row = line(canvas, row, "Accuracy", String.format(Locale.ROOT, "%.0f%% (%d of %d not Again)",
                    summary.accuracy() * 100, summary.correct(), summary.answered()));
            row = line(canvas, row, "Time", time(summary.time()));
            row = line(canvas, row, "New cards", String.valueOf(summary.newLearned()));
        }
        row = line(canvas, row, "Due tomorrow", String.valueOf(summary.dueTomorrow()));
        if (!laterNote.isEmpty()) {
            List<List<Span>> note = Wrap.lines(laterNote.strip(), Style.QUIET, canvas.width() - 4);
            row++;
            for (List<Span> l : note) {
                canvas.put(2, row++, l);
            }
        }
        canvas.put(1, canvas.height() - 1, "Any key returns home", Style.QUIET);
    }

    private static int line(Canvas canvas, int row, String label, String value) {
        int c = canvas.put(2, row, label, Style.QUIET);
        canvas.put(Math.max(c + 1, 17), row, value, Style.STRONG);
        return row + 1;
    }

    static String time(Duration d) {
        long s = d.getSeconds();
        return s < 60 ? s + "s" : (s / 60) + "m " + (s % 60) + "s";
    }
}
