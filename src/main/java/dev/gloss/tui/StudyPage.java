package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;
import dev.gloss.study.Answer;
import dev.gloss.study.Choices;
import dev.gloss.study.IntervalLabel;
import dev.gloss.study.Question;
import dev.gloss.study.QuizMode;
import dev.gloss.study.QuizPlanner;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudySession;
import dev.gloss.tui.StudyPhase.Asking;
import dev.gloss.tui.StudyPhase.Checked;
import dev.gloss.tui.StudyPhase.Editing;
import dev.gloss.tui.StudyPhase.Missed;
import dev.gloss.tui.StudyPhase.Recalled;
import dev.gloss.tui.StudyPhase.Revealed;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A study session, one card at a time: the prompt, then the answer (flipped, typed and checked,
 * or chosen), then a rating. This class answers the keys; {@link StudyView} draws. Every answer is
 * committed by the session before the next card is drawn; nothing else between a key and the next
 * frame touches the disk, except the commands that change a card (undo, edit, suspend, bury).
 */
final class StudyPage implements Page {
    private final App app;
    private final StudySession session;
    private final QuizPlanner planner;
    private final String title;
    private final QuizMode mode;
    private final LongSupplier nanoTime;
    private final StudyView view = new StudyView();

    private Question question;
    private long shownAt;
    private StudyPhase phase;
    private TextField answerField = new TextField("");
    private Notice notice = Notice.NONE;

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
                view.scrollToAnswer();
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
            view.scrollToAnswer();
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
            case PageDown -> view.pageSize();
            case PageUp -> -view.pageSize();
            default -> 0;
        };
        if (delta == 0) {
            return false;
        }
        view.scrollBy(delta);
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
        view.scrollToTop();
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
        view.scrollToTop();
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

    @Override
    public void draw(Canvas canvas) {
        view.draw(canvas, new StudyView.Frame(title, mode, question, phase, notice, answerField, session.counts(),
                session.answers().size()));
    }
}
