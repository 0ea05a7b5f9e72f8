package dev.gloss.store;

import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Rating;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Duration;
import java.time.Instant;

/**
 * A card's schedule after import: the other program's state, due date, interval and counts, with the FSRS
 * memory state from the replayed history, else the program's own FSRS values, else an estimate from SM-2.
 */
final class CarriedSchedule {
    private CarriedSchedule() {
    }

    /** @param replayed the card after replaying its history, or null if it has none */
    static CardSchedule of(ForeignSchedule f, CardSchedule replayed, Fsrs fsrs, StudyCalendar calendar, Instant now) {
        if (f.state() == State.NEW) {
            return CardSchedule.newCard(now);
        }
        Instant due = f.due(calendar, now);
        double stability;
        double difficulty;
        if (replayed != null && replayed.stability() > 0) {
            stability = replayed.stability();
            difficulty = replayed.difficulty();
        } else if (f.stability() != null && f.stability() > 0 && f.difficulty() != null) {
            stability = f.stability();
            difficulty = Math.max(1, Math.min(10, f.difficulty()));
        } else if (f.intervalDays() > 0) {
            stability = MemoryEstimate.stability(f.intervalDays());
            difficulty = MemoryEstimate.difficulty(f.easePermille(), stability, fsrs.effectiveParameters());
        } else {
            // a learning card with nothing to go on: as after one Good answer
            CardSchedule once = fsrs.next(CardSchedule.newCard(now), Rating.GOOD, now, 0);
            stability = once.stability();
            difficulty = once.difficulty();
        }
        Instant lastReview = replayed != null ? replayed.lastReview() : f.lastReview();
        if (lastReview == null && f.state() == State.REVIEW && f.intervalDays() > 0) {
            lastReview = due.minus(Duration.ofDays(f.intervalDays()));
        }
        int step = replayed != null && replayed.state() == f.state() ? replayed.learningStep() : 0;
        int scheduledDays = f.state() == State.REVIEW ? f.intervalDays() : 0;
        return new CardSchedule(f.state(), stability, difficulty, due, lastReview, scheduledDays, step,
                f.reps(), f.lapses());
    }
}
