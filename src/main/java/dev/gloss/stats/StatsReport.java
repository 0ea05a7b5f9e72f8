package dev.gloss.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every progress figure for one selection of decks at one moment: what {@code gloss stats} prints and what a
 * stats screen shows as panels. Built by {@link StatsCalculator}; definitions in docs/stats.md.
 * Shares are 0..1 and null when there is nothing to divide by; times are milliseconds; days are study days.
 */
public record StatsReport(Scope scope, Today today, Streak streak, Heatmap heatmap, ReviewsPerDay reviewsPerDay,
                          Forecast forecast, Retention retention, CardCounts cards, Histogram stability,
                          Histogram difficulty, Retrievability retrievability, Calibration calibration, Hourly hourly,
                          AllTime allTime) {

    /** A card whose interval before a review was at least this many days is mature (as in Anki). */
    public static final int MATURE_DAYS = 21;

    /**
     * What the figures are about.
     *
     * @param deck  the deck asked for (with its sub-decks), or null for every deck
     * @param decks the decks included
     * @param days  the window of the heatmap and the hourly breakdown, in study days ending today
     */
    public record Scope(String deck, List<String> decks, Instant now, LocalDate studyDay, ZoneId zone,
                        int dayStartHour, int days) {
        public Scope {
            decks = List.copyOf(decks);
        }
    }

    /** Answers since the current study day began; every answer counts, as in the session summary. */
    public record Today(int reviews, long timeMs, int again, int newCards, int learn, int review, int relearn) {
        /** Share of answers not rated Again. */
        public Double accuracy() {
            return share(reviews - again, reviews);
        }
    }

    /**
     * Runs of study days with at least one answer.
     *
     * @param current the run ending today, or ending yesterday while today has no answer yet
     */
    public record Streak(int current, int longest, boolean studiedToday, int activeDays) {
    }

    /** Answers per study day from {@code from} to {@code to}; days without answers are left out of {@code days}. */
    public record Heatmap(LocalDate from, LocalDate to, List<DayCount> days) {
        public Heatmap {
            days = List.copyOf(days);
        }

        public long total() {
            return days.stream().mapToLong(DayCount::reviews).sum();
        }

        public Optional<DayCount> busiest() {
            DayCount best = null;
            for (DayCount d : days) {
                if (best == null || d.reviews() > best.reviews()) {
                    best = d;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    public record DayCount(LocalDate date, int reviews) {
    }

    /** Every study day from {@code from} to {@code to} (30 days ending today), with answers by kind. */
    public record ReviewsPerDay(LocalDate from, LocalDate to, List<DayReviews> days) {
        public ReviewsPerDay {
            days = List.copyOf(days);
        }

        public int learn() {
            return days.stream().mapToInt(DayReviews::learn).sum();
        }

        public int review() {
            return days.stream().mapToInt(DayReviews::review).sum();
        }

        public int relearn() {
            return days.stream().mapToInt(DayReviews::relearn).sum();
        }

        public int total() {
            return learn() + review() + relearn();
        }

        public long timeMs() {
            return days.stream().mapToLong(DayReviews::timeMs).sum();
        }

        public int activeDays() {
            return (int) days.stream().filter(d -> d.total() > 0).count();
        }
    }

    public record DayReviews(LocalDate date, int learn, int review, int relearn, long timeMs) {
        public int total() {
            return learn + review + relearn;
        }
    }

    /**
     * Cards coming due on each study day from today to 30 days ahead; cards already overdue count today.
     *
     * @param overdue cards due before today (included in today's figures)
     */
    public record Forecast(LocalDate from, LocalDate to, int overdue, List<ForecastDay> days) {
        public Forecast {
            days = List.copyOf(days);
        }

        public int total() {
            return days.stream().mapToInt(ForecastDay::total).sum();
        }
    }

    /** @param learning cards in learning or relearning steps; @param review cards in review */
    public record ForecastDay(LocalDate date, int learning, int review) {
        public int total() {
            return learning + review;
        }
    }

    /** True retention over today, the last 7, 30 and 365 study days. */
    public record Retention(List<RetentionPeriod> periods) {
        public Retention {
            periods = List.copyOf(periods);
        }
    }

    /** Answers to cards in review state from {@code from} to today, split by the interval before the answer. */
    public record RetentionPeriod(String name, int days, LocalDate from, PassFail young, PassFail mature) {
        public PassFail all() {
            return new PassFail(young.passed() + mature.passed(), young.failed() + mature.failed());
        }
    }

    /** @param passed answers not rated Again; @param failed answers rated Again */
    public record PassFail(int passed, int failed) {
        public int total() {
            return passed + failed;
        }

        public Double retention() {
            return share(passed, total());
        }
    }

    /**
     * Cards by where they are; each card counts once: suspended first, then buried, then by state.
     *
     * @param known cards not suspended, not new, with stability of at least 21 days
     */
    public record CardCounts(int newCards, int learning, int review, int relearning, int suspended, int buried,
                             int known) {
        public int total() {
            return newCards + learning + review + relearning + suspended + buried;
        }
    }

    /** Cards by value, in bins from {@code from} (inclusive) to {@code to} (exclusive; null: no upper end). */
    public record Histogram(List<Bin> bins, Double mean) {
        public Histogram {
            bins = List.copyOf(bins);
        }

        public int cards() {
            return bins.stream().mapToInt(Bin::cards).sum();
        }
    }

    public record Bin(double from, Double to, int cards) {
    }

    /** Mean predicted recall now over review and relearning cards that are not suspended. */
    public record Retrievability(int cards, Double mean) {
    }

    /**
     * FSRS's predicted recall at review time against what happened, over answers given at least one study
     * day after the card's previous answer.
     *
     * @param logLoss    mean of −ln(probability given to what happened)
     * @param rmse       root of the mean of (recalled − predicted)², recalled being 1 or 0
     * @param binnedRmse root of the answer-weighted mean of (actual − mean predicted)² over the bins
     */
    public record Calibration(List<CalibrationBin> bins, long answers, long recalled, Double meanPredicted,
                              Double logLoss, Double rmse, Double binnedRmse) {
        public Calibration {
            bins = List.copyOf(bins);
        }

        public Double actual() {
            return share(recalled, answers);
        }
    }

    public record CalibrationBin(double from, double to, long answers, long recalled, Double meanPredicted) {
        public Double actual() {
            return share(recalled, answers);
        }
    }

    /** Answers by local hour of the day over the heatmap's window. */
    public record Hourly(LocalDate from, LocalDate to, List<HourStat> hours) {
        public Hourly {
            hours = List.copyOf(hours);
        }
    }

    public record HourStat(int hour, int reviews, int again) {
        public Double accuracy() {
            return share(reviews - again, reviews);
        }
    }

    /** Every answer in the selection's history up to today; the days are null when there is none. */
    public record AllTime(long reviews, long timeMs, LocalDate firstDay, LocalDate lastDay) {
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
