package dev.gloss.stats;

import dev.gloss.schedule.StudyCalendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The review groups laid out by study day (and local hour within it): one pass over the groups. */
final class ReviewHistory {
    private final NavigableMap<LocalDate, DayTally> days;

    private ReviewHistory(NavigableMap<LocalDate, DayTally> days) {
        this.days = days;
    }

    static ReviewHistory of(Collection<ReviewGroup> groups, StudyCalendar calendar) {
        StudyDays studyDays = new StudyDays(calendar);
        NavigableMap<LocalDate, DayTally> days = new TreeMap<>();
        long quarter = Long.MIN_VALUE;
        DayTally tally = null;
        int hour = 0;
        for (ReviewGroup g : groups) {
            if (g.quarter() != quarter) { // groups come sorted by quarter: one day lookup per quarter hour
                quarter = g.quarter();
                hour = studyDays.hourOf(g.startMillis());
                tally = days.computeIfAbsent(studyDays.dayOf(g.startMillis()), d -> new DayTally());
            }
            tally.add(g, hour);
        }
        return new ReviewHistory(days);
    }

    /** The tally of one day; an empty one when nothing was answered. */
    DayTally on(LocalDate day) {
        DayTally t = days.get(day);
        return t == null ? new DayTally() : t;
    }

    /** Days with answers from {@code from} to {@code to}, both included, in date order. */
    NavigableMap<LocalDate, DayTally> between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return Collections.emptyNavigableMap();
        }
        return Collections.unmodifiableNavigableMap(days.subMap(from, true, to, true));
    }

    /** Days with answers up to {@code to}, in date order. */
    NavigableMap<LocalDate, DayTally> upTo(LocalDate to) {
        return Collections.unmodifiableNavigableMap(days.headMap(to, true));
    }
}
