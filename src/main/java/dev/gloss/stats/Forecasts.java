package dev.gloss.stats;

import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Cards coming due per study day, today and the 30 days after it. */
final class Forecasts {
    static final int DAYS_AHEAD = 30;

    private Forecasts() {
    }

    /**
     * Learning, review and relearning cards that are not suspended, on the study day of their due time; a buried
     * card counts on its due day all the same, and a card already overdue counts today.
     */
    static StatsReport.Forecast of(Collection<CardState> cards, StudyCalendar calendar, Instant now) {
        LocalDate today = calendar.dayOf(now);
        StudyDays studyDays = new StudyDays(calendar);
        int[] learning = new int[DAYS_AHEAD + 1];
        int[] review = new int[DAYS_AHEAD + 1];
        int overdue = 0;
        for (CardState c : cards) {
            if (!CardFigures.studied(c)) {
                continue;
            }
            long offset = studyDays.epochDay(c.due().toEpochMilli()) - today.toEpochDay();
            if (offset < 0) {
                overdue++;
                offset = 0;
            }
            if (offset <= DAYS_AHEAD) {
                if (c.state() == State.REVIEW) {
                    review[(int) offset]++;
                } else {
                    learning[(int) offset]++;
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
