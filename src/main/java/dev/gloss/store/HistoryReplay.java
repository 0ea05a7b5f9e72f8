package dev.gloss.store;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a card's FSRS state by answering it again, in time order, with the ratings of its history, the way
 * a study session would have (same elapsed study days, same predicted recall). This is what Anki does when
 * FSRS is switched on for cards studied before.
 */
final class HistoryReplay {
    /**
     * One answer of the history; {@code incoming} marks answers the import brings (the others are stored),
     * {@code order} is an incoming answer's place in its file, and {@code intervalDays} the interval the other
     * program gave (null: unknown).
     */
    record Answer(Instant at, Rating rating, long durationMs, State stateBefore, int lastIntervalDays,
                  int easePermille, Integer intervalDays, boolean incoming, int order) {
    }

    /** The interval this answer was given: the other program's when known, else the replay's. */
    static int scheduledDays(Step step) {
        Integer given = step.answer().intervalDays();
        return given != null ? given : step.after().scheduledDays();
    }

    /** An answer with the card before and after it, as it goes into the review log. */
    record Step(Answer answer, CardSchedule before, CardSchedule after, long elapsedDays, Double retrievability) {
    }

    private final Fsrs fsrs;
    private final StudyCalendar calendar;

    HistoryReplay(Fsrs fsrs, StudyCalendar calendar) {
        this.fsrs = fsrs;
        this.calendar = calendar;
    }

    /** @param answers in time order, at least one */
    List<Step> replay(List<Answer> answers) {
        List<Step> steps = new ArrayList<>(answers.size());
        CardSchedule card = start(answers.get(0));
        for (Answer a : answers) {
            long elapsed = card.lastReview() == null ? 0 : Math.max(0, calendar.daysBetween(card.lastReview(), a.at()));
            Double r = card.state() == State.NEW || !(card.stability() > 0) ? null
                    : fsrs.retrievability(elapsed, card.stability());
            CardSchedule after = fsrs.next(card, a.rating(), a.at(), elapsed);
            steps.add(new Step(a, card, after, elapsed, r));
            card = after;
        }
        return steps;
    }

    /**
     * The card before its first known answer: new, unless the history starts with a review (its beginning
     * was not exported), in which case the review card is rebuilt from the interval and ease it had then.
     */
    private CardSchedule start(Answer first) {
        boolean startsInReview = first.stateBefore() == State.REVIEW || first.stateBefore() == State.RELEARNING;
        if (!startsInReview || first.lastIntervalDays() <= 0) {
            return CardSchedule.newCard(first.at());
        }
        int interval = first.lastIntervalDays();
        double stability = MemoryEstimate.stability(interval);
        double difficulty = MemoryEstimate.difficulty(first.easePermille(), stability, fsrs.effectiveParameters());
        Instant last = first.at().minus(Duration.ofDays(interval));
        return new CardSchedule(State.REVIEW, stability, difficulty, first.at(), last, interval, 0, 0, 0);
    }
}
