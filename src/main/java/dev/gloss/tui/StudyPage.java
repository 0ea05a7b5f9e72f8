package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;
import dev.gloss.study.Answer;
import dev.gloss.study.AnswerCheck;
import dev.gloss.study.Choices;
import dev.gloss.study.Counts;
import dev.gloss.study.DiffPart;
import dev.gloss.study.IntervalLabel;
import dev.gloss.study.Question;
import dev.gloss.study.QuizMode;
import dev.gloss.study.QuizPlanner;
import dev.gloss.study.Recall;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudySession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A study session, one card at a time: the prompt, then the answer (flipped, typed and checked,
 * or chosen), then a rating. Every answer is committed by the session before the next card is
 * drawn; nothing else between a key and the next frame touches the disk, except the commands
 * that change a card (undo, edit, suspend, bury).
 */
final class StudyPage implements Page {
    private final App app;
    private final StudySession session;
    private final QuizPlanner planner;
    private final String title;
    private final QuizMode mode;
    private final LongSupplier nanoTime;

    private Question question;
    private long shownAt;
    private Phase phase;
    private TextField answerField = new TextField("");
    private Notice notice = Notice.NONE;
    private int scroll;
    /** Set when the answer appears: the next frame scrolls it into view (on a small window). */
    private boolean scrollToAnswer;
    /** The body lines the prompt and the answer (its rule) start on, in the last frame drawn. */
    private int frontLine;
    private int answerLine;
    private int bodyHeight = 1;

    /** Where the current card is in its turn. */
    private sealed interface Phase permits Asking, Revealed, Checked, Recalled, Missed, Editing {
    }

    /** The prompt is shown (with the options, or the answer field). */
    private record Asking() implements Phase {
    }

    /** Flip: the answer is shown; a rating is wanted. */
    private record Revealed(Map<Rating, String> intervals) implements Phase {
    }

    /** Type: a short answer was checked; Enter accepts the proposed rating. */
    private record Checked(AnswerCheck check, Map<Rating, String> intervals) implements Phase {
    }

    /** Type: a long answer was recalled; the person rates it. */
    private record Recalled(Recall recall, String typed, Map<Rating, String> intervals) implements Phase {
    }

    /** Choice: a wrong option was picked; the answer (Again) is already committed. */
    private record Missed(Choices choices, int picked) implements Phase {
    }

    /** The card's text is being edited; {@code before} is the phase to return to. */
    private record Editing(TextField front, TextField back, boolean onBack, Phase before) implements Phase {
        Editing switched() {
            return new Editing(front, back, !onBack, before);
        }
    }

    private record Notice(String text, Style style) {
        static final Notice NONE = new Notice("", Style.QUIET);
    }

    StudyPage(App app, StudySession session, String title, QuizMode mode, LongSupplier nanoTime) {
        this.app = app;
        this.session = session;
        this.planner = QuizPlanner.forSession(mode, session);
        this.title = title;
        this.mode = mode;
        this.nanoTime = nanoTime;
        nextQuestion();
    }

    // ---- keys ----

    @Override
    public Page onKey(KeyStroke key) {
        if (phase instanceof Editing editing) {
            return onEditingKey(editing, key);
        }
        if (scrolled(key)) {
            return this;
        }
        if (phase instanceof Missed) {
            return onMissedKey(key);
        }
        if (phase instanceof Asking && question instanceof Question.Typed typed) {
            return onTypingKey(typed, key);
        }
        notice = Notice.NONE;
        if (Keys.is(key, 'q') || Keys.is(key, KeyType.Escape)) {
            return end();
        }
        if (Keys.is(key, '?')) {
            return new HelpPage(this);
        }
        if (Keys.is(key, 'u')) {
            return undo();
        }
        if (Keys.is(key, 'e')) {
            return startEditing();
        }
        if (Keys.is(key, '!')) {
            String front = question.card().front();
            session.suspend();
            return next(new Notice("Suspended: " + front, Style.QUIET));
        }
        if (Keys.is(key, '-')) {
            String front = question.card().front();
            session.bury();
            return next(new Notice("Buried until tomorrow: " + front, Style.QUIET));
        }
        if (Keys.is(key, 's')) {
            String front = question.card().front();
            session.skip();
            return next(new Notice("Skipped: " + front, Style.QUIET));
        }
        int digit = Keys.digit(key);
        if (phase instanceof Asking) {
            if (question instanceof Question.Choice choice) {
                if (digit >= 1 && digit <= choice.choices().options().size()) {
                    return choose(choice.choices(), digit - 1);
                }
            } else if (Keys.isConfirm(key)) {
                phase = new Revealed(intervals());
                scrollToAnswer = true;
            }
        } else if (phase instanceof Revealed) {
            if (digit >= 1 && digit <= 4) {
                return rate(Rating.of(digit));
            }
            if (Keys.isConfirm(key)) {
                return rate(Rating.GOOD);
            }
        } else if (phase instanceof Checked checked) {
            if (digit >= 1 && digit <= 4) {
                return rate(Rating.of(digit));
            }
            if (Keys.isConfirm(key)) {
                return rate(checked.check().proposedRating());
            }
        } else if (phase instanceof Recalled && digit >= 1 && digit <= 4) {
            return rate(Rating.of(digit));
        }
        return this;
    }

    private Page onTypingKey(Question.Typed typed, KeyStroke key) {
        notice = Notice.NONE;
        if (Keys.is(key, KeyType.Escape)) {
            return end();
        }
        if (Keys.isCtrl(key, 'u')) {
            return undo();
        }
        if (Keys.isCtrl(key, 'e')) {
            return startEditing();
        }
        if (Keys.is(key, KeyType.Enter)) {
            String text = answerField.text();
            phase = typed.graded() ? new Checked(typed.check(text), intervals())
                    : new Recalled(typed.recall(text), text, intervals());
            scrollToAnswer = true;
            return this;
        }
        answerField.onKey(key);
        return this;
    }

    private Page onMissedKey(KeyStroke key) {
        if (Keys.is(key, 'u')) {
            return undo();
        }
        if (Keys.is(key, 'q') || Keys.is(key, KeyType.Escape)) {
            return end();
        }
        if (Keys.is(key, '?')) {
            return new HelpPage(this);
        }
        return next(Notice.NONE);
    }

    private Page onEditingKey(Editing editing, KeyStroke key) {
        if (Keys.is(key, KeyType.Escape)) {
            phase = editing.before();
            notice = new Notice("Edit cancelled.", Style.QUIET);
            return this;
        }
        if (Keys.is(key, KeyType.Tab) || Keys.is(key, KeyType.ReverseTab) || Keys.is(key, KeyType.ArrowUp)
                || Keys.is(key, KeyType.ArrowDown)) {
            phase = editing.switched();
            return this;
        }
        if (Keys.is(key, KeyType.Enter)) {
            String front = editing.front().text().strip();
            String back = editing.back().text().strip();
            if (front.isEmpty() || back.isEmpty()) {
                notice = new Notice("The front and the back need some text.", Style.WARNING);
                return this;
            }
            session.edit(front, back);
            question = planner.question(session.current().orElseThrow());
            phase = editing.before();
            notice = new Notice("Saved. The card keeps its progress.", Style.QUIET);
            return this;
        }
        (editing.onBack() ? editing.back() : editing.front()).onKey(key);
        return this;
    }

    private boolean scrolled(KeyStroke key) {
        int delta = switch (key.getKeyType()) {
            case ArrowDown -> 1;
            case ArrowUp -> -1;
            case PageDown -> Math.max(1, bodyHeight - 1);
            case PageUp -> -Math.max(1, bodyHeight - 1);
            default -> 0;
        };
        if (delta == 0) {
            return false;
        }
        scroll = Math.max(0, scroll + delta);
        return true;
    }

    // ---- actions ----

    private Page choose(Choices choices, int picked) {
        Rating rating = choices.isCorrect(picked) ? Rating.GOOD : Rating.AGAIN;
        Answer answer = session.answer(rating, elapsed(), question.mode());
        String next = IntervalLabel.between(answer.reviewedAt(), answer.after().due());
        if (choices.isCorrect(picked)) {
            return next(new Notice("✓ Right (Good: back in " + next + ")", Style.RIGHT));
        }
        phase = new Missed(choices, picked);
        notice = new Notice("✗ Wrong (Again: back in " + next + "). Any key: next card", Style.WARNING);
        return this;
    }

    private Page rate(Rating rating) {
        Answer answer = session.answer(rating, elapsed(), question.mode());
        return next(new Notice(rating.label() + ": back in "
                + IntervalLabel.between(answer.reviewedAt(), answer.after().due()), Style.QUIET));
    }

    private Page undo() {
        Optional<StudyCard> restored = session.undo();
        if (restored.isEmpty()) {
            notice = new Notice("Nothing to undo.", Style.QUIET);
            return this;
        }
        return next(new Notice("Undone: the answer to \"" + restored.get().front() + "\" is taken back.",
                Style.QUIET));
    }

    private Page startEditing() {
        StudyCard card = question.card();
        phase = new Editing(new TextField(card.front()), new TextField(card.back()), false, phase);
        scroll = 0;
        return this;
    }

    private Page end() {
        return app.summary(session, title, mode, deckOption());
    }

    /** Shows the session's current card, or the summary when there is none. */
    private Page next(Notice then) {
        notice = then;
        if (session.current().isEmpty()) {
            return end();
        }
        nextQuestion();
        return this;
    }

    private void nextQuestion() {
        question = planner.question(session.current().orElseThrow());
        shownAt = nanoTime.getAsLong();
        phase = new Asking();
        answerField = new TextField("");
        scroll = 0;
        scrollToAnswer = false;
    }

    private Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - shownAt);
    }

    private Map<Rating, String> intervals() {
        Instant now = app.clock().instant();
        Map<Rating, String> out = new EnumMap<>(Rating.class);
        for (Map.Entry<Rating, CardSchedule> e : session.preview().entrySet()) {
            out.put(e.getKey(), IntervalLabel.between(now, e.getValue().due()));
        }
        return out;
    }

    private String deckOption() {
        return DeckTree.ALL_DECKS.equals(title) ? null : title;
    }

    // ---- drawing ----

    @Override
    public void draw(Canvas canvas) {
        int width = canvas.width();
        int height = canvas.height();
        drawHeader(canvas);
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
        if (phase instanceof Editing) {
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
        String modeLabel = mode == QuizMode.MIXED ? "mixed: " + question.mode().id() : question.mode().id();
        canvas.put(1, 0, Fit.to(title, Math.max(4, width - CellWidth.of(modeLabel) - 4)), Style.STRONG);
        canvas.putRight(0, modeLabel + " ", Style.QUIET);

        Counts counts = session.counts();
        int done = session.answers().size();
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
        Missed missed = phase instanceof Missed m ? m : null;
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
        if (phase instanceof Editing) {
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
