package dev.gloss.tui;

import dev.gloss.text.CellWidth;
import dev.gloss.schedule.Rating;
import dev.gloss.study.AnswerCheck;
import dev.gloss.study.Choices;
import dev.gloss.study.Counts;
import dev.gloss.study.DiffPart;
import dev.gloss.study.Question;
import dev.gloss.study.QuizMode;
import dev.gloss.study.Recall;
import dev.gloss.study.StudyCard;
import dev.gloss.tui.StudyPhase.Asking;
import dev.gloss.tui.StudyPhase.Checked;
import dev.gloss.tui.StudyPhase.Editing;
import dev.gloss.tui.StudyPhase.Missed;
import dev.gloss.tui.StudyPhase.Recalled;
import dev.gloss.tui.StudyPhase.Revealed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the study page looks: the deck and mode, a progress bar with the cards left, a notice line,
 * the card (scrolling when it does not fit), the answer field or the ratings, and the keys.
 * It keeps the scroll position; everything else comes in a {@link Frame}.
 */
final class StudyView {
    /** What one frame shows. */
    record Frame(String title, QuizMode mode, Question question, StudyPhase phase, Notice notice,
                 TextField answerField, Counts counts, int done) {
    }

    private Frame frame;
    private int scroll;
    /** Set when the answer appears: the next frame scrolls it into view (on a small window). */
    private boolean scrollToAnswer;
    /** The body lines the prompt and the answer (its rule) start on, in the last frame drawn. */
    private int frontLine;
    private int answerLine;
    private int bodyHeight = 1;

    void scrollBy(int lines) {
        scroll = Math.max(0, scroll + lines);
    }

    /** Lines a PgUp or PgDn moves. */
    int pageSize() {
        return Math.max(1, bodyHeight - 1);
    }

    void scrollToTop() {
        scroll = 0;
        scrollToAnswer = false;
    }

    void scrollToAnswer() {
        scrollToAnswer = true;
    }

    void draw(Canvas canvas, Frame frame) {
        this.frame = frame;
        int width = canvas.width();
        int height = canvas.height();
        drawHeader(canvas);
        Notice notice = frame.notice();
        if (!notice.text().isEmpty()) {
            canvas.put(1, 2, Fit.to(notice.text(), width - 2), notice.style());
        }
        List<List<Span>> bottom = bottomLines(width - 2);
        // one column is kept free on the right for the scroll marks
        List<List<Span>> body = bodyLines(width - 3);
        int top = 3;
        int end = height - 1 - bottom.size();
        bodyHeight = Math.max(1, end - top);
        int maxScroll = Math.max(0, body.size() - bodyHeight);
        if (frame.phase() instanceof Editing) {
            int cursor = cursorLine(body);
            scroll = cursor < scroll ? cursor : cursor >= scroll + bodyHeight ? cursor - bodyHeight + 1 : scroll;
        }
        if (scrollToAnswer) {
            // from the prompt if possible, but with the rule and three lines of the answer in view
            scroll = Math.min(maxScroll, Math.max(frontLine, answerLine + 4 - bodyHeight));
            scrollToAnswer = false;
        }
        scroll = Math.min(scroll, maxScroll);
        for (int i = 0; i < bodyHeight && scroll + i < body.size(); i++) {
            canvas.put(1, top + i, body.get(scroll + i));
        }
        if (scroll > 0) {
            canvas.put(width - 2, top, "↑", Style.QUIET);
        }
        if (scroll < maxScroll) {
            canvas.put(width - 2, end - 1, "↓", Style.QUIET);
        }
        for (int i = 0; i < bottom.size(); i++) {
            canvas.put(1, end + i, bottom.get(i));
        }
        canvas.put(1, height - 1, Fit.hints(hints(), width - 2));
    }

    private void drawHeader(Canvas canvas) {
        int width = canvas.width();
        Question question = frame.question();
        String modeLabel = frame.mode() == QuizMode.MIXED ? "mixed: " + question.mode().id() : question.mode().id();
        canvas.put(1, 0, Fit.to(frame.title(), Math.max(4, width - CellWidth.of(modeLabel) - 4)), Style.STRONG);
        canvas.putRight(0, modeLabel + " ", Style.QUIET);

        Counts counts = frame.counts();
        int done = frame.done();
        int total = done + counts.total();
        String progress = done + "/" + total;
        List<Span> countSpans = countSpans(counts, "new", "learning", "review");
        int barWidth = width - 2 - CellWidth.of(progress) - Span.width(countSpans) - 4;
        if (barWidth < 8) {
            countSpans = countSpans(counts, "new", "lrn", "rev");
            barWidth = width - 2 - CellWidth.of(progress) - Span.width(countSpans) - 4;
        }
        int col = 1;
        if (barWidth >= 4) {
            int filled = total == 0 ? 0 : (int) Math.round(barWidth * (double) done / total);
            col = canvas.put(col, 1, "█".repeat(filled), Style.STRONG);
            col = canvas.put(col, 1, "░".repeat(barWidth - filled), Style.QUIET);
            col++;
        }
        col = canvas.put(col, 1, progress, Style.NORMAL);
        canvas.put(Math.max(col + 2, width - 1 - Span.width(countSpans)), 1, countSpans);
    }

    /** The line holding the text cursor (0 when none does). */
    private static int cursorLine(List<List<Span>> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (Span s : lines.get(i)) {
                if (s.style() == Style.CURSOR) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static List<Span> countSpans(Counts c, String newLabel, String learningLabel, String reviewLabel) {
        Style dot = Style.QUIET;
        return List.of(new Span(c.newCards() + " " + newLabel, Style.NEW_COUNT), new Span(" · ", dot),
                new Span(c.learning() + " " + learningLabel, Style.LEARNING_COUNT), new Span(" · ", dot),
                new Span(c.review() + " " + reviewLabel, Style.REVIEW_COUNT));
    }

    private List<List<Span>> bodyLines(int width) {
        StudyPhase phase = frame.phase();
        Question question = frame.question();
        List<List<Span>> lines = new ArrayList<>();
        if (phase instanceof Editing editing) {
            lines.add(Span.line("Edit the card (its progress stays)", Style.STRONG));
            lines.add(Span.line("Front", editing.onBack() ? Style.QUIET : Style.KEY));
            lines.addAll(editing.front().lines(width, Style.NORMAL, !editing.onBack()));
            lines.add(List.of());
            lines.add(Span.line("Back", editing.onBack() ? Style.KEY : Style.QUIET));
            lines.addAll(editing.back().lines(width, Style.NORMAL, editing.onBack()));
            return lines;
        }
        StudyCard card = question.card();
        String meta = card.kind().jsonName() + " · " + card.schedule().state().label().toLowerCase(Locale.ROOT)
                + (question.fallback().isEmpty() ? "" : " · " + question.fallback());
        lines.addAll(Wrap.lines(meta, Style.QUIET, width));
        lines.add(List.of());
        frontLine = lines.size();
        lines.addAll(Wrap.lines(card.front(), Style.STRONG, width));
        if (question instanceof Question.Choice choice) {
            lines.add(List.of());
            addOptions(lines, choice.choices(), width);
        }
        if (phase instanceof Revealed || phase instanceof Checked || phase instanceof Recalled) {
            lines.add(List.of());
            lines.add(Span.line("─".repeat(Math.max(1, width)), Style.QUIET));
            answerLine = lines.size() - 1;
            if (phase instanceof Checked checked) {
                addCheck(lines, checked.check(), width);
            }
            if (phase instanceof Recalled recalled) {
                addRecall(lines, recalled.recall(), recalled.typed(), width);
            } else {
                lines.addAll(Wrap.lines(card.back(), Style.NORMAL, width));
            }
        }
        return lines;
    }

    private void addOptions(List<List<Span>> lines, Choices choices, int width) {
        Missed missed = frame.phase() instanceof Missed m ? m : null;
        List<String> options = choices.options();
        for (int i = 0; i < options.size(); i++) {
            Style style = Style.NORMAL;
            String mark = (i + 1) + " ";
            if (missed != null && choices.isCorrect(i)) {
                style = Style.RIGHT;
                mark = "✓ ";
            } else if (missed != null && i == missed.picked()) {
                style = Style.WRONG;
                mark = "✗ ";
            }
            List<List<Span>> wrapped = Wrap.lines(options.get(i), style, width - 3);
            for (int j = 0; j < wrapped.size(); j++) {
                List<Span> line = new ArrayList<>();
                line.add(new Span(j == 0 ? mark + " " : "   ", j == 0 ? Style.KEY : Style.NORMAL));
                line.addAll(wrapped.get(j));
                lines.add(line);
            }
        }
    }

    private static void addCheck(List<List<Span>> lines, AnswerCheck check, int width) {
        boolean differs = check.diff().stream().anyMatch(p -> p.kind() != DiffPart.Kind.SAME);
        switch (check.verdict()) {
            case RIGHT -> lines.add(Span.line("✓ Right", Style.RIGHT));
            case CLOSE -> lines.add(Span.line("≈ Close: a small typo", Style.STRONG));
            case WRONG -> lines.add(Span.line(check.typed().isEmpty() ? "✗ No answer" : "✗ Not quite", Style.WARNING));
        }
        if (!check.typed().isEmpty()) {
            List<Span> typed = new ArrayList<>();
            typed.add(new Span("You typed: ", Style.QUIET));
            typed.add(new Span(check.typed(), Style.NORMAL));
            lines.addAll(Wrap.lines(typed, width));
        }
        if (differs && !check.typed().isEmpty()) {
            List<Span> diff = new ArrayList<>();
            diff.add(new Span("Changes:   ", Style.QUIET));
            for (DiffPart p : check.diff()) {
                diff.add(new Span(p.text(), switch (p.kind()) {
                    case SAME -> Style.NORMAL;
                    case EXTRA -> Style.WRONG;
                    case MISSING -> Style.MISSING;
                }));
            }
            lines.addAll(Wrap.lines(diff, width));
        }
        lines.add(List.of());
    }

    private static void addRecall(List<List<Span>> lines, Recall recall, String typed, int width) {
        if (!typed.isBlank()) {
            lines.addAll(Wrap.lines(List.of(new Span("You typed: ", Style.QUIET), new Span(typed, Style.NORMAL)),
                    width));
        }
        String found = recall.found().isEmpty() ? "" : " (underlined)";
        lines.addAll(Wrap.lines(recall.keyWords() == 0 ? "Compare with the answer and rate yourself."
                : "Key words you had: " + recall.found().size() + " of " + recall.keyWords() + found
                + ". Compare and rate yourself.", Style.QUIET, width));
        lines.add(List.of());
        List<Span> answer = new ArrayList<>();
        for (Recall.Run run : recall.answer()) {
            answer.add(new Span(run.text(), run.typed() ? Style.FOUND : Style.NORMAL));
        }
        lines.addAll(Wrap.lines(answer, width));
    }

    /** The rows above the footer: the answer field, or the ratings with their intervals. */
    private List<List<Span>> bottomLines(int width) {
        StudyPhase phase = frame.phase();
        Question question = frame.question();
        TextField answerField = frame.answerField();
        if (phase instanceof Asking && question instanceof Question.Typed) {
            List<List<Span>> field = answerField.lines(width - 2, Style.NORMAL, true);
            int cursorLine = answerField.cursorLine(width - 2);
            int from = Math.max(0, Math.min(cursorLine - 2, field.size() - 3));
            List<List<Span>> out = new ArrayList<>();
            out.add(Span.line(Fit.to(((Question.Typed) question).graded() ? "Type the answer, then Enter:"
                    : "Long answer: type what you recall, then Enter:", width), Style.QUIET));
            for (int i = from; i < Math.min(field.size(), from + 3); i++) {
                List<Span> line = new ArrayList<>();
                line.add(new Span(i == from ? "› " : "  ", Style.KEY));
                line.addAll(field.get(i));
                out.add(line);
            }
            return out;
        }
        if (phase instanceof Revealed r) {
            return ratingLines(r.intervals(), null, width);
        }
        if (phase instanceof Checked c) {
            return ratingLines(c.intervals(), c.check().proposedRating(), width);
        }
        if (phase instanceof Recalled r) {
            return ratingLines(r.intervals(), null, width);
        }
        return List.of();
    }

    /** "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d", on two lines when narrow. */
    static List<List<Span>> ratingLines(Map<Rating, String> intervals, Rating proposed, int width) {
        List<List<Span>> items = new ArrayList<>();
        for (Rating r : Rating.values()) {
            boolean isProposed = r == proposed;
            items.add(List.of(new Span(String.valueOf(r.value()), isProposed ? Style.PROPOSED : Style.KEY),
                    new Span(" " + r.label() + " " + intervals.get(r), isProposed ? Style.PROPOSED : Style.NORMAL)));
        }
        List<Span> one = join(items);
        if (Span.width(one) <= width) {
            return List.of(one);
        }
        List<Span> first = join(items.subList(0, 2));
        List<Span> second = join(items.subList(2, 4));
        if (Math.max(Span.width(first), Span.width(second)) <= width) {
            return List.of(first, second);
        }
        List<Span> compact = new ArrayList<>();
        for (Rating r : Rating.values()) {
            compact.add(new Span((compact.isEmpty() ? "" : " ") + r.value() + ":" + intervals.get(r),
                    r == proposed ? Style.PROPOSED : Style.NORMAL));
        }
        return List.of(compact);
    }

    private static List<Span> join(List<List<Span>> items) {
        List<Span> out = new ArrayList<>();
        for (List<Span> item : items) {
            if (!out.isEmpty()) {
                out.add(new Span(" · ", Style.QUIET));
            }
            out.addAll(item);
        }
        return out;
    }

    private List<Fit.Hint> hints() {
        StudyPhase phase = frame.phase();
        Question question = frame.question();
        if (frame.phase() instanceof Editing) {
            return List.of(new Fit.Hint("Enter", "save"), new Fit.Hint("Tab", "front/back"),
                    new Fit.Hint("Esc", "cancel"));
        }
        if (phase instanceof Missed) {
            return List.of(new Fit.Hint("any key", "next card"), new Fit.Hint("u", "undo"), new Fit.Hint("q", "end"));
        }
        List<Fit.Hint> hints = new ArrayList<>();
        if (phase instanceof Asking) {
            if (question instanceof Question.Typed) {
                return List.of(new Fit.Hint("Enter", "check"), new Fit.Hint("Esc", "end"),
                        new Fit.Hint("^U", "undo"), new Fit.Hint("^E", "edit"));
            }
            if (question instanceof Question.Choice choice) {
                hints.add(new Fit.Hint("1-" + choice.choices().options().size(), "choose"));
            } else {
                hints.add(new Fit.Hint("Space", "answer"));
            }
        } else if (phase instanceof Checked checked) {
            hints.add(new Fit.Hint("Enter", checked.check().proposedRating().label()));
            hints.add(new Fit.Hint("1-4", "rate"));
        } else if (phase instanceof Revealed) {
            hints.add(new Fit.Hint("1-4", "rate"));
        } else {
            hints.add(new Fit.Hint("1-4", "rate"));
        }
        hints.add(new Fit.Hint("u", "undo"));
        hints.add(new Fit.Hint("q", "end"));
        hints.add(new Fit.Hint("?", "help"));
        hints.add(new Fit.Hint("e", "edit"));
        hints.add(new Fit.Hint("!", "suspend"));
        hints.add(new Fit.Hint("-", "bury"));
        hints.add(new Fit.Hint("s", "skip"));
        return hints;
    }
}
