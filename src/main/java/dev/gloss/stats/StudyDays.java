package dev.gloss.stats;

import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * {@link StudyCalendar#dayOf} and the local hour for many instants, fast: the zone's offset is constant between
 * two transitions, so the last stretch looked up is kept and most instants need only arithmetic. Gives exactly
 * what the calendar gives (a study day is local time minus the day-start hour, cut at midnight).
 */
final class StudyDays {
    private static final long DAY_MS = 86_400_000L;
    private static final long HOUR_MS = 3_600_000L;

    private static final int STRETCHES = 32;

    private final ZoneRules rules;
    private final long dayStartMs;
    // Stretches of constant offset looked up so far: [start, end) with their offset, filled round-robin.
    private final long[] starts = new long[STRETCHES];
    private final long[] ends = new long[STRETCHES];
    private final long[] offsets = new long[STRETCHES];
    private int known;
    private int last;

    StudyDays(StudyCalendar calendar) {
        this.rules = calendar.zone().getRules();
        this.dayStartMs = calendar.dayStartHour() * HOUR_MS;
    }

    /** The study day of an instant, as days since 1970-01-01. */
    long epochDay(long epochMs) {
        return Math.floorDiv(localMs(epochMs) - dayStartMs, DAY_MS);
    }

    LocalDate dayOf(long epochMs) {
        return LocalDate.ofEpochDay(epochDay(epochMs));
    }

    /** The local hour of the day (0..23) of an instant. */
    int hourOf(long epochMs) {
        return (int) (Math.floorMod(localMs(epochMs), DAY_MS) / HOUR_MS);
    }

    private long localMs(long epochMs) {
        if (!covers(last, epochMs)) {
            last = find(epochMs);
        }
        return epochMs + offsets[last];
    }

    private boolean covers(int i, long epochMs) {
        return i < known && epochMs >= starts[i] && epochMs < ends[i];
    }

    private int find(long epochMs) {
        for (int i = 0; i < known; i++) {
            if (covers(i, epochMs)) {
                return i;
            }
        }
        int slot = known < STRETCHES ? known++ : Math.floorMod(last + 1, STRETCHES);
        Instant at = Instant.ofEpochMilli(epochMs);
        ZoneOffsetTransition previous = rules.previousTransition(at.plusMillis(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        starts[slot] = previous == null ? Long.MIN_VALUE : previous.getInstant().toEpochMilli();
        ends[slot] = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
        offsets[slot] = rules.getOffset(at).getTotalSeconds() * 1000L;
        return slot;
    }
}
