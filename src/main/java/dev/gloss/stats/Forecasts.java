package dev.gloss.stats;

import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Cards coming due per study day, today and the 30 days after it: learning, review and relearning cards that
 * are not suspended, on the study day of their due time. A buried card counts on its due day all the same, and a
 * card already overdue counts today.
 */
public final class Forecasts {
    static final int DAYS_AHEAD = 30;

    private Forecasts() {
    }

    /** The instants the forecast covers: from the start of today to the end of its last day. */
    public record Window(Instant todayStart, Instant end) {
    }

    public static Window window(StudyCalendar calendar, Instant now) {
        LocalDate today = calendar.dayOf(now);
        return new Window(calendar.startOf(today), calendar.startOf(today.plusDays(DAYS_AHEAD + 1)));
    }

    static StatsReport.Forecast of(Collection<ForecastGroup> groups, StudyCalendar calendar, Instant now) {
        LocalDate today = calendar.dayOf(now);
        StudyDays studyDays = new StudyDays(calendar);
        int[] learning = new int[DAYS_AHEAD + 1];
        int[] review = new int[DAYS_AHEAD + 1];
        int overdue = 0;
        for (ForecastGroup g : groups) {
            long offset = Math.max(0, studyDays.epochDay(g.startMillis()) - today.toEpochDay());
            if (g.overdue()) {
                overdue += g.cards();
            }
            if (offset <= DAYS_AHEAD) {
                if (g.review()) {
                    review[(int) offset] += g.cards();
                } else {
                    learning[(int) offset] += g.cards();
                }
            }
        }
        List<StatsReport.ForecastDay> days = new ArrayList<>();
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            days.add(new StatsReport.ForecastDay(today.plusDays(i), learning[i], review[i]));
        }
        return new StatsReport.Forecast(today, today.plusDays(DAYS_AHEAD), overdue, days);
    }
}
