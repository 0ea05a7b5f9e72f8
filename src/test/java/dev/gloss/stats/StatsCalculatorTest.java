package dev.gloss.stats;

import dev.gloss.schedule.Fsrs;
import dev.gloss.schedule.Parameters;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.gloss.stats.History.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One hand-built history in Europe/Berlin with the day starting at 04:00, and the exact figures it implies.
 * Today is Monday 2026-03-30; summer time began on Sunday 2026-03-29 at 02:00, so study day 03-28 lasted 23 hours.
 */
class StatsCalculatorTest {
    private static final String NOW = "2026-03-30T12:00";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);

    /** Answers on: 2024-12-01, 2025-06-01, 03-01..03-07 (7 days), a gap, then 03-25..03-30 (6 days). */
    static History history() {
        History h = new History();
        h.review("2024-12-01T10:00", 3, 10, 0.93);
        h.review("2025-06-01T10:00", 1, 50, 0.88);
        for (int day = 1; day <= 7; day++) {
            h.learn("2026-03-0" + day + "T09:00", 3);
        }
        h.review("2026-03-02T09:30", 3, 2, 0.96);
        h.learn("2026-03-25T20:00", 3).learn("2026-03-25T20:01", 1);
        // a session past midnight, before the 04:00 day start: all of it belongs to study day 03-26
        h.review("2026-03-26T23:50", 3, 5, 0.91);
        h.review("2026-03-27T00:10", 1, 25, 0.91);
        h.answer("2026-03-27T01:30", 3, 2, 30, null, 0.86); // imported row: interval before = elapsed days
        h.review("2026-03-27T18:00", 3, 21, 0.91);
        h.review("2026-03-28T10:00", 3, 20, 0.91);
        // 03:30 summer time on the morning of the change (01:30 UTC): still study day 03-28
        h.review("2026-03-29T03:30", 1, 3, 0.97);
        // scheduled 10 days ago but answered 25 days later: the interval before the answer is the scheduled one
        h.answer("2026-03-29T04:00", 3, 2, 25, 10, 0.62);
        h.answer("2026-03-29T22:00", 3, 3, 0, 0, 1.0); // relearning step the same day: not a prediction
        // today
        h.learn("2026-03-30T08:00", 3).learn("2026-03-30T08:05", 1);
        h.review("2026-03-30T08:10", 3, 5, 0.91);
        h.review("2026-03-30T08:15", 1, 30, 0.81);
        h.answer("2026-03-30T08:20", 3, 3, 1, 0, 0.71);
        h.answer("2026-03-30T08:25", 1, 1, 0, 0, 1.0);
        return h;
    }

    @Test
    void todayCountsEveryAnswerSinceTheStudyDayBegan() {
        StatsReport.Today today = history().report(NOW, 365).today();
        assertThat(today).isEqualTo(new StatsReport.Today(6, 60_000, 3, 2, 3, 2, 1));
        assertThat(today.accuracy()).isEqualTo(0.5);
    }

    @Test
    void streaksRunOverStudyDays() {
        StatsReport.Streak streak = history().report(NOW, 365).streak();
        assertThat(streak).isEqualTo(new StatsReport.Streak(6, 7, true, 15));
    }

    @Test
    void aStreakReachingYesterdayIsStillCurrentUntilTodayEnds() {
        History h = new History().learn("2026-03-28T10:00", 3).learn("2026-03-29T23:00", 3);
        assertThat(h.report(NOW, 365).streak()).isEqualTo(new StatsReport.Streak(2, 2, false, 2));
        // a day without answers in between breaks it
        assertThat(h.report("2026-03-31T12:00", 365).streak()).isEqualTo(new StatsReport.Streak(0, 2, false, 2));
        // 01:30 on 04-01 is still study day 03-31, which does not save the streak either
        assertThat(h.learn("2026-04-01T01:30", 3).report("2026-04-01T12:00", 365).streak())
                .isEqualTo(new StatsReport.Streak(1, 2, false, 3));
    }

    @Test
    void theHeatmapCountsAnswersPerStudyDayInItsWindow() {
        StatsReport.Heatmap heatmap = history().report(NOW, 365).heatmap();
        assertThat(heatmap.from()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(heatmap.to()).isEqualTo(TODAY);
        assertThat(heatmap.days()).extracting(d -> d.date().toString() + "=" + d.reviews()).containsExactly(
                "2025-06-01=1", "2026-03-01=1", "2026-03-02=2", "2026-03-03=1", "2026-03-04=1", "2026-03-05=1",
                "2026-03-06=1", "2026-03-07=1", "2026-03-25=2", "2026-03-26=3", "2026-03-27=1", "2026-03-28=2",
                "2026-03-29=2", "2026-03-30=6");
        assertThat(heatmap.total()).isEqualTo(25);
        assertThat(heatmap.busiest()).contains(new StatsReport.DayCount(TODAY, 6));

        StatsReport.Heatmap week = history().report(NOW, 7).heatmap();
        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(week.total()).isEqualTo(16);
    }

    @Test
    void reviewsPerDayCoverThirtyDaysByKindWithTime() {
        StatsReport.ReviewsPerDay perDay = history().report(NOW, 365).reviewsPerDay();
        assertThat(perDay.days()).hasSize(30);
        assertThat(perDay.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(perDay.days().get(0)).isEqualTo(day(1, 1, 0, 0, 10_000));
        assertThat(perDay.days().get(1)).isEqualTo(day(2, 1, 1, 0, 20_000));
        assertThat(perDay.days().get(25)).isEqualTo(day(26, 0, 3, 0, 30_000));
        assertThat(perDay.days().get(27)).isEqualTo(day(28, 0, 2, 0, 20_000));
        assertThat(perDay.days().get(28)).isEqualTo(day(29, 0, 1, 1, 20_000));
        assertThat(perDay.days().get(29)).isEqualTo(new StatsReport.DayReviews(TODAY, 3, 2, 1, 60_000));
        assertThat(perDay.days().get(10).total()).isZero();
        assertThat(perDay.total()).isEqualTo(24);
        assertThat(perDay.learn()).isEqualTo(12);
        assertThat(perDay.review()).isEqualTo(10);
        assertThat(perDay.relearn()).isEqualTo(2);
        assertThat(perDay.timeMs()).isEqualTo(240_000);
        assertThat(perDay.activeDays()).isEqualTo(13);
    }

    private static StatsReport.DayReviews day(int march, int learn, int review, int relearn, long timeMs) {
        return new StatsReport.DayReviews(LocalDate.of(2026, 3, march), learn, review, relearn, timeMs);
    }

    @Test
    void trueRetentionSplitsReviewAnswersByTheIntervalBeforeThem() {
        List<StatsReport.RetentionPeriod> periods = history().report(NOW, 365).retention().periods();
        assertThat(periods).extracting(StatsReport.RetentionPeriod::name)
                .containsExactly("today", "last_7_days", "last_30_days", "last_365_days");
        assertThat(periods.get(0).young()).isEqualTo(new StatsReport.PassFail(1, 0));
        assertThat(periods.get(0).mature()).isEqualTo(new StatsReport.PassFail(0, 1));
        assertThat(periods.get(1).from()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(periods.get(1).young()).isEqualTo(new StatsReport.PassFail(4, 1));
        assertThat(periods.get(1).mature()).isEqualTo(new StatsReport.PassFail(2, 2));
        assertThat(periods.get(1).all().retention()).isEqualTo(6.0 / 9);
        assertThat(periods.get(2).young()).isEqualTo(new StatsReport.PassFail(5, 1));
        assertThat(periods.get(2).mature()).isEqualTo(new StatsReport.PassFail(2, 2));
        assertThat(periods.get(3).young()).isEqualTo(new StatsReport.PassFail(5, 1));
        assertThat(periods.get(3).mature()).isEqualTo(new StatsReport.PassFail(2, 3));
        assertThat(periods.get(3).mature().retention()).isEqualTo(0.4);
    }

    @Test
    void hoursAreLocalHoursAcrossTheChangeToSummerTime() {
        List<StatsReport.HourStat> hours = history().report(NOW, 365).hourly().hours();
        assertThat(hours).hasSize(24);
        assertThat(hours.stream().filter(h -> h.reviews() > 0).map(h -> h.hour() + ":" + h.reviews() + "/" + h.again()))
                .containsExactly("0:1/1", "1:1/0", "3:1/1", "4:1/0", "8:6/3", "9:8/0", "10:2/1", "18:1/0", "20:2/1",
                        "22:1/0", "23:1/0");
        assertThat(hours.get(8).accuracy()).isEqualTo(0.5);
        assertThat(hours.get(5).accuracy()).isNull();
    }

    @Test
    void allTimeCoversTheWholeHistory() {
        assertThat(history().report(NOW, 30).allTime()).isEqualTo(
                new StatsReport.AllTime(26, 260_000, LocalDate.of(2024, 12, 1), TODAY));
    }

    @Test
    void calibrationComparesPredictionsWithOutcomesOfAnswersAfterAtLeastADay() {
        StatsReport.Calibration c = history().report(NOW, 365).calibration();
        assertThat(c.answers()).isEqualTo(13);
        assertThat(c.recalled()).isEqualTo(9);
        assertThat(c.bins()).hasSize(20);
        assertThat(c.bins().stream().filter(b -> b.answers() > 0)
                .map(b -> Math.round(b.from() * 100) + ":" + b.answers() + "/" + b.recalled()))
                .containsExactly("60:1/1", "70:1/1", "80:1/0", "85:2/1", "90:6/5", "95:2/1");
        assertThat(c.bins().get(18).meanPredicted()).isCloseTo((0.91 * 5 + 0.93) / 6, within(1e-12));
        assertThat(c.bins().get(0).meanPredicted()).isNull();
        assertThat(c.meanPredicted()).isCloseTo(0.8684615384615385, within(1e-12));
        assertThat(c.actual()).isEqualTo(9.0 / 13);
        double[][] answers = {{.96, 1}, {.91, 1}, {.91, 0}, {.86, 1}, {.91, 1}, {.91, 1}, {.97, 0}, {.62, 1},
                {.91, 1}, {.81, 0}, {.71, 1}, {.88, 0}, {.93, 1}};
        double logLoss = 0;
        double squares = 0;
        for (double[] a : answers) {
            logLoss -= Math.log(a[1] == 1 ? a[0] : 1 - a[0]);
            squares += (a[1] - a[0]) * (a[1] - a[0]);
        }
        assertThat(c.logLoss()).isCloseTo(logLoss / 13, within(1e-12)).isCloseTo(0.858268, within(1e-6));
        assertThat(c.rmse()).isCloseTo(Math.sqrt(squares / 13), within(1e-12)).isCloseTo(0.517873, within(1e-6));
        assertThat(c.binnedRmse()).isCloseTo(0.354015, within(1e-6));
    }

    @Test
    void aConfidentMissIsFlooredInTheLogLoss() {
        History h = new History().review("2026-03-30T08:00", 1, 40, 1.0);
        StatsReport.Calibration c = h.report(NOW, 365).calibration();
        assertThat(c.logLoss()).isCloseTo(-Math.log(Calibrations.MIN_PROBABILITY), within(1e-12));
        assertThat(c.rmse()).isEqualTo(1.0);
    }

    @Test
    void aTwentyFiveHourDayAtTheEndOfSummerTimeIsOneStudyDay() {
        History h = new History();
        // 02:30 happens twice on 2026-10-25 (summer time, then winter time); both belong to study day 10-24
        for (String utc : new String[]{"2026-10-24T02:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z",
                "2026-10-25T02:59:59Z", "2026-10-25T03:00:00Z"}) {
            h.rows.add(new ReviewRow(1, Instant.parse(utc), 3, 0, 0, null, 1000, null));
        }
        StatsReport r = h.report("2026-10-25T12:00", 365);
        assertThat(r.heatmap().days()).containsExactly(new StatsReport.DayCount(LocalDate.of(2026, 10, 24), 4),
                new StatsReport.DayCount(LocalDate.of(2026, 10, 25), 1));
        assertThat(r.hourly().hours().get(2).reviews()).isEqualTo(2);
        assertThat(r.hourly().hours().get(3).reviews()).isEqualTo(1);
        assertThat(r.hourly().hours().get(4).reviews()).isEqualTo(2);
    }

    /** Cards for the card figures; now is 2026-03-30 12:00, study day 03-31 begins at 04:00 on 03-31. */
    static History cards(Fsrs deckTwo) {
        return new History()
                .card(card(1, State.NEW, 0, 0, "2026-03-01T00:00", null, false, null))
                .card(card(1, State.NEW, 0, 0, "2026-03-01T00:00", null, true, null))
                .card(card(1, State.LEARNING, 1.2, 3, "2026-03-30T12:10", "2026-03-30T12:00", false, null))
                .card(card(1, State.REVIEW, 5, 5, "2026-03-20T09:00", "2026-03-15T09:00", false, null))
                .card(card(1, State.REVIEW, 30, 2.5, "2026-03-31T02:00", "2026-03-01T09:00", false, null))
                .card(card(1, State.REVIEW, 21, 9.9, "2026-03-31T05:00", "2026-03-10T09:00", false, null))
                .card(card(1, State.RELEARNING, 0.5, 10, "2026-04-02T10:00", "2026-03-30T08:00", false, null))
                .card(card(1, State.REVIEW, 50, 5, "2026-03-30T10:00", "2026-02-01T09:00", true, null))
                .card(card(1, State.REVIEW, 100, 7, "2026-03-30T06:00", "2025-12-20T09:00", false, "2026-03-31T04:00"))
                .card(card(1, State.REVIEW, 60, 1, "2026-04-29T10:00", "2026-03-01T09:00", false, "2026-03-29T04:00"))
                .card(card(2, State.REVIEW, 7, 4.5, "2026-04-30T10:00", "2026-03-29T10:00", false, null))
                .card(card(1, State.LEARNING, 2.3, 6, "2026-03-29T10:00", "2026-03-29T09:50", false, null));
    }

    static CardState card(long deck, State state, double s, double d, String due, String last, boolean suspended,
                          String buriedUntil) {
        return new CardState(deck, state, s, d, at(due), last == null ? null : at(last), suspended,
                buriedUntil == null ? null : at(buriedUntil));
    }

    @Test
    void cardCountsArePartitionedAndKnownMeansStabilityOfThreeWeeks() {
        StatsReport.CardCounts counts = cards(History.FSRS).report(NOW, 365).cards();
        assertThat(counts).isEqualTo(new StatsReport.CardCounts(1, 2, 5, 1, 2, 1, 4));
        assertThat(counts.total()).isEqualTo(12);
    }

    @Test
    void theForecastCountsOverdueCardsTodayAndBuriedOnesOnTheirDueDay() {
        StatsReport.Forecast f = cards(History.FSRS).report(NOW, 365).forecast();
        assertThat(f.from()).isEqualTo(TODAY);
        assertThat(f.to()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(f.days()).hasSize(31);
        assertThat(f.overdue()).isEqualTo(2);
        assertThat(f.days().get(0)).isEqualTo(new StatsReport.ForecastDay(TODAY, 2, 3));
        assertThat(f.days().get(1)).isEqualTo(new StatsReport.ForecastDay(LocalDate.of(2026, 3, 31), 0, 1));
        assertThat(f.days().get(3)).isEqualTo(new StatsReport.ForecastDay(LocalDate.of(2026, 4, 2), 1, 0));
        assertThat(f.days().get(30)).isEqualTo(new StatsReport.ForecastDay(LocalDate.of(2026, 4, 29), 0, 1));
        assertThat(f.total()).isEqualTo(8);
    }

    @Test
    void stabilityAndDifficultyHistogramsCoverStudiedCardsNotSuspended() {
        StatsReport r = cards(History.FSRS).report(NOW, 365);
        assertThat(r.stability().bins()).extracting(StatsReport.Bin::cards)
                .containsExactly(1, 2, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0);
        assertThat(r.stability().bins().get(5)).isEqualTo(new StatsReport.Bin(21, 30.0, 1));
        assertThat(r.stability().bins().get(11)).isEqualTo(new StatsReport.Bin(730, null, 0));
        assertThat(r.stability().mean()).isCloseTo(227.0 / 9, within(1e-12));
        assertThat(r.difficulty().bins()).extracting(StatsReport.Bin::cards).containsExactly(1, 1, 1, 1, 1, 1, 1, 0, 2);
        assertThat(r.difficulty().bins().get(8)).isEqualTo(new StatsReport.Bin(9, 10.0, 2));
        assertThat(r.difficulty().mean()).isCloseTo(48.9 / 9, within(1e-12));
        assertThat(r.difficulty().cards()).isEqualTo(9);
    }

    @Test
    void averageRetrievabilityUsesEachDecksCurveAndStudyDaysSinceTheLastAnswer() {
        double[] w = Parameters.defaults().toArray();
        w[20] = 0.5;
        Fsrs deckTwo = new Fsrs(SchedulerConfig.defaults().withParameters(Parameters.of(w)));
        History h = cards(deckTwo);
        StatsInput input = h.input(NOW, 365);
        input = new StatsInput(null, input.decks(), input.reviews(), input.calibration(), input.newCards(),
                input.seenCards(), Map.of(2L, deckTwo), History.FSRS, History.CALENDAR, input.now(), 365);
        StatsReport.Retrievability r = StatsCalculator.compute(input).retrievability();
        Fsrs f = History.FSRS;
        assertThat(f.retrievability(100, 100)).isEqualTo(0.9);
        double expected = (f.retrievability(15, 5) + f.retrievability(29, 30) + f.retrievability(20, 21) + 1.0
                + f.retrievability(100, 100) + f.retrievability(29, 60) + deckTwo.retrievability(1, 7)) / 7;
        assertThat(r.cards()).isEqualTo(7);
        assertThat(r.mean()).isCloseTo(expected, within(1e-12));
        assertThat(deckTwo.retrievability(1, 7)).isNotEqualTo(f.retrievability(1, 7));
    }

    @Test
    void withoutHistoryEveryShareIsNullAndEveryCountZero() {
        StatsReport r = new History().report(NOW, 365);
        assertThat(r.today()).isEqualTo(new StatsReport.Today(0, 0, 0, 0, 0, 0, 0));
        assertThat(r.today().accuracy()).isNull();
        assertThat(r.streak()).isEqualTo(new StatsReport.Streak(0, 0, false, 0));
        assertThat(r.heatmap().days()).isEmpty();
        assertThat(r.heatmap().busiest()).isEmpty();
        assertThat(r.retention().periods().get(3).all().retention()).isNull();
        assertThat(r.calibration().logLoss()).isNull();
        assertThat(r.retrievability()).isEqualTo(new StatsReport.Retrievability(0, null));
        assertThat(r.stability().mean()).isNull();
        assertThat(r.allTime()).isEqualTo(new StatsReport.AllTime(0, 0, null, null));
        assertThat(r.forecast().total()).isZero();
    }
}
