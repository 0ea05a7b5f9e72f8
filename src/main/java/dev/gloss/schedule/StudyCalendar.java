package dev.gloss.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Study days: a day starts at {@code dayStartHour} local time (04:00 by default, as in Anki), so a
 * session past midnight still counts for the evening's day. FSRS's elapsed days are counted in study
 * days. With UTC and hour 0 this is exactly the UTC calendar-day count ts-fsrs uses.
 */
public record StudyCalendar(ZoneId zone, int dayStartHour) {

    public StudyCalendar {
        if (zone == null) {
            throw new IllegalArgumentException("zone is required");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0..23, got " + dayStartHour);
        }
    }

    public static StudyCalendar utcMidnight() {
        return new StudyCalendar(ZoneId.of("UTC"), 0);
    }

    /** The study day an instant belongs to. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }

    /** Whole study days from {@code from} to {@code to} (negative if {@code to} is earlier). */
    public long daysBetween(Instant from, Instant to) {
        return ChronoUnit.DAYS.between(dayOf(from), dayOf(to));
    }

    /** The instant a study day begins (wall-clock day-start hour on that date; a DST gap moves it later). */
    public Instant startOf(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(dayStartHour, 0)).atZone(zone).toInstant();
    }

    /** The first instant of the study day after the one {@code now} is in. */
    public Instant endOfDay(Instant now) {
        return startOf(dayOf(now).plusDays(1));
    }

    /** Hours since the study day began; useful for "due later today". */
    public Duration sinceStartOfDay(Instant now) {
        return Duration.between(startOf(dayOf(now)), now);
    }
}
