package dev.gloss.study;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Today's study session for a deck (with its sub-decks) or for everything. Shared by the line mode
 * and the full-screen UI: they show {@link #current()}, and call {@link #answer} or the other actions.
 * Every answer is committed by the store before the next card is chosen.
 */
public final class StudySession {
    /** Time on one card counted in the review log at most, as Anki caps it. */
    public static final Duration MAX_ANSWER_TIME = Duration.ofSeconds(60);

    private final StudyStore store;
    private final Clock clock;
    private final StudyCalendar calendar;
    private final SessionOptions options;
    private final Set<Long> deckIds;
    private final Map<String, Fsrs> schedulers = new HashMap<>();
    private final SessionQueue queue;

    private StudyCard current;
    private int answered;
    private int correct;
    private int newLearned;
    private long timeMs;
    private final List<Answer> answers = new ArrayList<>();

    private StudySession(StudyStore store, Clock clock, StudyCalendar calendar, SessionOptions options,
                         List<DeckRef> decks) {
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
        this.options = options;
        this.deckIds = decks.stream().map(DeckRef::id).collect(Collectors.toUnmodifiableSet());
        Instant now = clock.instant();
        Instant endOfDay = calendar.endOfDay(now);
        List<StudyCard> due = store.dueCards(deckIds, endOfDay, now);
        List<StudyCard> fresh = newCards(decks, now);
        this.queue = new SessionQueue(due, fresh, endOfDay);
        advance();
    }

    /**
     * Opens today's session.
     *
     * @param zone the user's time zone (study days start at the configured hour in it)
     */
    public static StudySession open(StudyStore store, Clock clock, ZoneId zone, SessionOptions options) {
        List<DeckRef> decks = DeckSelection.resolve(store.decks(), options.deck());
        StudyCalendar calendar = store.settingsFor(null).calendar(zone);
        return new StudySession(store, clock, calendar, options, decks);
    }

    private List<StudyCard> newCards(List<DeckRef> decks, Instant now) {
        Instant startOfDay = calendar.startOf(calendar.dayOf(now));
        Map<Long, Integer> studied = store.newCardsStudiedSince(deckIds, startOfDay);
        List<StudyCard> fresh = new ArrayList<>();
        Integer sessionCap = options.newLimit();
        for (DeckRef deck : decks) {
            int room = sessionCap != null ? sessionCap - fresh.size()
                    : store.settingsFor(deck.name()).newPerDay() - studied.getOrDefault(deck.id(), 0);
            if (room > 0) {
                fresh.addAll(store.newCards(deck.id(), room, now));
            }
        }
        return fresh;
    }

    /** The card to show now, or empty when the session is over. */
    public Optional<StudyCard> current() {
        return Optional.ofNullable(current);
    }

    /** Cards left, the current one included. */
    public Counts counts() {
        State state = current == null ? null : current.schedule().state();
        return new Counts(queue.newCount() + (state == State.NEW ? 1 : 0),
                queue.learningCount() + (state == State.LEARNING || state == State.RELEARNING ? 1 : 0),
                queue.reviewCount() + (state == State.REVIEW ? 1 : 0));
    }

    /** What each rating would do to the current card now (for "Again 1m · Hard 6m · Good 10m · Easy 8d"). */
    public Map<Rating, CardSchedule> preview() {
        StudyCard card = requireCurrent();
        Instant now = clock.instant();
        return scheduler(card).preview(card.schedule(), now, elapsedDays(card, now));
    }

    /** Rates the current card, commits the answer (recorded in the session's mode), and moves on. */
    public Answer answer(Rating rating, Duration timeTaken) {
        return answer(rating, timeTaken, QuizMode.parse(options.mode()));
    }

    /** Rates the current card asked in {@code mode} (the mode actually used, not "mixed"), commits, moves on. */
    public Answer answer(Rating rating, Duration timeTaken, QuizMode mode) {
        if (mode == QuizMode.MIXED) {
            throw new IllegalArgumentException("an answer records the mode used for the card, not 'mixed'");
        }
        StudyCard card = requireCurrent();
        Instant now = clock.instant();
        long elapsed = elapsedDays(card, now);
        CardSchedule before = card.schedule();
        Fsrs fsrs = scheduler(card);
        Double r = before.state() == State.NEW ? null : fsrs.retrievability(elapsed, before.stability());
        CardSchedule after = fsrs.next(before, rating, now, elapsed);
        long ms = Math.max(0, Math.min(timeTaken.toMillis(), MAX_ANSWER_TIME.toMillis()));
        Answer answer = new Answer(card, rating, now, elapsed, r, ms, after, mode.id());
        store.saveAnswer(answer);
        answers.add(answer);
        answered++;
        if (rating != Rating.AGAIN) {
            correct++;
        }
        if (before.state() == State.NEW) {
            newLearned++;
        }
        timeMs += ms;
        queue.requeue(card.withSchedule(after));
        current = null;
        advance();
        return answer;
    }

    /**
     * Takes back the newest answer in the collection (also one given before a restart) and shows
     * that card again if it belongs to this session's decks.
     */
    public Optional<StudyCard> undo() {
        Optional<StudyCard> restored = store.undoLastAnswer();
        restored.ifPresent(card -> {
            queue.remove(card.id());
            if (current != null && current.id() != card.id()) {
                queue.restore(current);
            }
            if (!answers.isEmpty() && answers.get(answers.size() - 1).card().id() == card.id()) {
                Answer last = answers.remove(answers.size() - 1);
                answered--;
                if (last.rating() != Rating.AGAIN) {
                    correct--;
                }
                if (last.before().state() == State.NEW) {
                    newLearned--;
                }
                timeMs -= last.durationMs();
            }
            current = deckIds.contains(card.deckId()) ? card : null;
            if (current == null) {
                advance();
            }
        });
        return restored;
    }

    /** Leaves the current card for now; it does not come back in this session. */
    public void skip() {
        requireCurrent();
        current = null;
        advance();
    }

    /** Suspends the current card: it is not shown again until unsuspended. */
    public void suspend() {
        StudyCard card = requireCurrent();
        store.suspend(card.id());
        current = null;
        advance();
    }

    /** Hides the current card until the next study day. */
    public void bury() {
        StudyCard card = requireCurrent();
        store.bury(card.id(), calendar.endOfDay(clock.instant()));
        current = null;
        advance();
    }

    /** Replaces the current card's text; its progress stays. */
    public void edit(String front, String back) {
        StudyCard card = requireCurrent();
        store.editText(card.id(), front, back);
        current = card.withText(front, back);
    }

    /** True when the answer limit of the options has been reached. */
    private boolean limitReached() {
        return options.limit() != null && answered >= options.limit();
    }

    private void advance() {
        current = limitReached() ? null : queue.next(clock.instant()).orElse(null);
    }

    /** When the earliest learning card left for today comes due, if the session ran out before it. */
    public Optional<Instant> nextLearningDue() {
        return queue.nextLearningDue();
    }

    public Summary summary() {
        Instant now = clock.instant();
        Instant endOfTomorrow = calendar.endOfDay(calendar.endOfDay(now));
        return new Summary(answered, correct, newLearned, Duration.ofMillis(timeMs),
                store.countDue(deckIds, endOfTomorrow));
    }

    /** The answers of every card in this session's decks, for choice options (one query; call once). */
    public List<DeckAnswer> deckAnswers() {
        return store.answers(deckIds);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public StudyCalendar calendar() {
        return calendar;
    }

    private long elapsedDays(StudyCard card, Instant now) {
        Instant last = card.schedule().lastReview();
        return last == null ? 0 : Math.max(0, calendar.daysBetween(last, now));
    }

    private Fsrs scheduler(StudyCard card) {
        return schedulers.computeIfAbsent(card.deck(), deck -> new Fsrs(store.settingsFor(deck).schedulerConfig()));
    }

    private StudyCard requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("the session has no current card");
        }
        return current;
    }
}
