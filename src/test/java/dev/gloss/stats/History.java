package dev.gloss.stats;

import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A hand-built review history in one zone, written as local wall-clock times, for exact expectations. */
final class History {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final StudyCalendar CALENDAR = new StudyCalendar(BERLIN, 4);
    static final Fsrs FSRS = new Fsrs(SchedulerConfig.defaults());

    final List<ReviewRow> rows = new ArrayList<>();
    final List<CardState> cards = new ArrayList<>();

    /** The instant of a Berlin wall-clock time such as "2026-03-29T03:30" (a time in a DST gap moves later). */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** An answer to a new card. */
    History learn(String local, int rating) {
        return answer(local, rating, 0, 0, 0, null);
    }

    /** An answer to a card in review state, {@code interval} days after it was scheduled that far. */
    History review(String local, int rating, int interval, double predicted) {
        return answer(local, rating, 2, interval, interval, predicted);
    }

    History answer(String local, int rating, int stateBefore, long elapsedDays, Integer previousInterval,
                   Double predicted) {
        rows.add(new ReviewRow(rows.size() + 1, at(local), rating, stateBefore, elapsedDays, previousInterval,
                10_000, predicted));
        return this;
    }

    History card(CardState card) {
        cards.add(card);
        return this;
    }

    StatsReport report(String nowLocal, int days) {
        return StatsCalculator.compute(input(nowLocal, days));
    }

    StatsInput input(String nowLocal, int days) {
        Instant now = at(nowLocal);
        return new StatsInput(null, List.of("Words"), ReviewGroups.of(rows), Calibrations.groupsOf(rows),
                NewCards.of(cards, now), cards.stream().filter(c -> c.state() != State.NEW).toList(), Map.of(), FSRS,
                CALENDAR, now, days);
    }
}
