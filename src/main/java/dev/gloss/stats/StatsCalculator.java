package dev.gloss.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Computes a {@link StatsReport} from a {@link StatsInput}: pure, no IO, no clock of its own. */
public final class StatsCalculator {
    static final int REVIEWS_PER_DAY_WINDOW = 30;
    static final int[] RETENTION_WINDOWS = {1, 7, 30, 365};

    private StatsCalculator() {
    }

    public static StatsReport compute(StatsInput input) {
        LocalDate today = input.calendar().dayOf(input.now());
        ReviewHistory history = ReviewHistory.of(input.reviews(), input.calendar());
        NavigableMap<LocalDate, DayTally> past = history.upTo(today);
        LocalDate windowStart = today.minusDays(input.days() - 1L);
        StatsReport.Scope scope = new StatsReport.Scope(input.deck(), input.decks(), input.now(), today,
                input.calendar().zone(), input.calendar().dayStartHour(), input.days());
        CardFigures.Figures cards = CardFigures.of(input);
        return new StatsReport(scope, today(history.on(today)), Streaks.of(past.keySet(), today),
                heatmap(history, windowStart, today), reviewsPerDay(history, today), cards.forecast(),
                retention(history, today), cards.counts(), cards.stability(), cards.difficulty(),
                cards.retrievability(), Calibrations.of(input.calibration()), hourly(history, windowStart, today),
                allTime(past));
    }

    private static StatsReport.Today today(DayTally t) {
        return new StatsReport.Today(t.reviews(), t.timeMs, t.again, t.newCards, t.learn, t.review, t.relearn);
    }

    private static StatsReport.Heatmap heatmap(ReviewHistory history, LocalDate from, LocalDate to) {
        List<StatsReport.DayCount> days = new ArrayList<>();
        history.between(from, to).forEach((day, t) -> days.add(new StatsReport.DayCount(day, t.reviews())));
        return new StatsReport.Heatmap(from, to, days);
    }

    private static StatsReport.ReviewsPerDay reviewsPerDay(ReviewHistory history, LocalDate today) {
        LocalDate from = today.minusDays(REVIEWS_PER_DAY_WINDOW - 1);
        List<StatsReport.DayReviews> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            DayTally t = history.on(d);
            days.add(new StatsReport.DayReviews(d, t.learn, t.review, t.relearn, t.timeMs));
        }
        return new StatsReport.ReviewsPerDay(from, today, days);
    }

    private static StatsReport.Retention retention(ReviewHistory history, LocalDate today) {
        List<StatsReport.RetentionPeriod> periods = new ArrayList<>();
        for (int days : RETENTION_WINDOWS) {
            LocalDate from = today.minusDays(days - 1L);
            int youngPassed = 0;
            int youngFailed = 0;
            int maturePassed = 0;
            int matureFailed = 0;
            for (DayTally t : history.between(from, today).values()) {
                youngPassed += t.youngPassed;
                youngFailed += t.youngFailed;
                maturePassed += t.maturePassed;
                matureFailed += t.matureFailed;
            }
            String name = days == 1 ? "today" : "last_" + days + "_days";
            periods.add(new StatsReport.RetentionPeriod(name, days, from,
                    new StatsReport.PassFail(youngPassed, youngFailed),
                    new StatsReport.PassFail(maturePassed, matureFailed)));
        }
        return new StatsReport.Retention(periods);
    }

    private static StatsReport.Hourly hourly(ReviewHistory history, LocalDate from, LocalDate to) {
        int[] reviews = new int[DayTally.HOURS];
        int[] again = new int[DayTally.HOURS];
        for (DayTally t : history.between(from, to).values()) {
            for (int h = 0; h < DayTally.HOURS; h++) {
                reviews[h] += t.reviewsByHour[h];
                again[h] += t.againByHour[h];
            }
        }
        List<StatsReport.HourStat> hours = new ArrayList<>();
        for (int h = 0; h < DayTally.HOURS; h++) {
            hours.add(new StatsReport.HourStat(h, reviews[h], again[h]));
        }
        return new StatsReport.Hourly(from, to, hours);
    }

    private static StatsReport.AllTime allTime(NavigableMap<LocalDate, DayTally> past) {
        long reviews = 0;
        long timeMs = 0;
        for (DayTally t : past.values()) {
            reviews += t.reviews();
            timeMs += t.timeMs;
        }
        Map.Entry<LocalDate, DayTally> first = past.firstEntry();
        Map.Entry<LocalDate, DayTally> last = past.lastEntry();
        return new StatsReport.AllTime(reviews, timeMs, first == null ? null : first.getKey(),
                last == null ? null : last.getKey());
    }
}
