package dev.gloss.store;

import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A card's scheduling as another program (Anki) left it, carried over on import. The FSRS memory state
 * comes from replaying the card's history when there is one; {@code stability}/{@code difficulty} (Anki's
 * own FSRS values, if it had FSRS on) and the SM-2 interval and ease are the fall-backs.
 *
 * @param dueAt        when a learning card is due (an instant), or null
 * @param dueDay       the day a review card is due (it is due from the start of that study day), or null;
 *                     new cards have neither and are due at once
 * @param intervalDays the current interval in days (review cards), else 0
 * @param easePermille SM-2 ease ×1000 (2500 = 250 %), 0 if unknown
 * @param stability    FSRS stability stored by the other program, or null
 * @param difficulty   FSRS difficulty stored by the other program, or null
 * @param lastReview   when the card was last reviewed according to the other program, or null
 */
public record ForeignSchedule(State state, Instant dueAt, LocalDate dueDay, int intervalDays, int easePermille,
                              int reps, int lapses, Double stability, Double difficulty, Instant lastReview) {
    public ForeignSchedule {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        if (state != State.NEW && (dueAt == null) == (dueDay == null)) {
            throw new IllegalArgumentException("a card that is not new needs a due instant or a due day");
        }
    }

    public static ForeignSchedule fresh() {
        return new ForeignSchedule(State.NEW, null, null, 0, 0, 0, 0, null, null, null);
    }

    /** The due instant on this calendar ({@code now} for a new card). */
    Instant due(StudyCalendar calendar, Instant now) {
        if (dueAt != null) {
            return dueAt;
        }
        return dueDay == null ? now : calendar.startOf(dueDay);
    }
}
