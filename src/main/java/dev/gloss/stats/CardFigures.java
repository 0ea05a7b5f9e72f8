package dev.gloss.stats;

import dev.gloss.schedule.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures about the cards as they are now: counts by state, stability and difficulty, predicted recall, and the
 * forecast. One pass over the cards: a single loop is also what a cold JVM compiles soonest.
 */
final class CardFigures {
    /** Stability bin edges in days; the last bin has no upper end. 21 days (mature, known) is an edge. */
    static final double[] STABILITY_EDGES = {0, 1, 3, 7, 14, 21, 30, 60, 90, 180, 365, 730};
    /** Difficulty runs from 1 to 10; the last bin includes 10. */
    static final double[] DIFFICULTY_EDGES = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double DIFFICULTY_MAX = 10;
    static final int FORECAST_DAYS_AHEAD = 30;

    record Figures(StatsReport.CardCounts counts, StatsReport.Histogram stability, StatsReport.Histogram difficulty,
                   StatsReport.Retrievability retrievability, StatsReport.Forecast forecast) {
    }

    private CardFigures() {
    }

    /**
     * <ul>
     * <li>counts: every card once: suspended first, then buried (until after now), then by state; known: not
     * suspended, not new, stability of 21 days or more;</li>
     * <li>stability and difficulty: the cards not new and not suspended;</li>
     * <li>predicted recall: the mean of R(t, S) now over review and relearning cards that are not suspended, t being
     * the study days since the card's last answer, on its deck's forgetting curve. Learning cards are left out: they
     * have not yet been scheduled by days, and the day-based curve would call them certain;</li>
     * <li>forecast: learning, review and relearning cards that are not suspended, on the study day of their due
     * time, today and the 30 days after it; a buried card counts on its due day all the same, and a card already
     * overdue counts today.</li>
     * </ul>
     */
    static Figures of(StatsInput input) {
        StudyDays studyDays = new StudyDays(input.calendar());
        LocalDate todayDate = input.calendar().dayOf(input.now());
        long today = todayDate.toEpochDay();
        int[] byState = new int[State.values().length];
        NewCards fresh = input.newCards();
        byState[State.NEW.code()] = fresh.available();
        int suspended = fresh.suspended();
        int buried = fresh.buried();
        int known = 0;
        int[] stability = new int[STABILITY_EDGES.length];
        int[] difficulty = new int[DIFFICULTY_EDGES.length];
        double stabilitySum = 0;
        double difficultySum = 0;
        int memories = 0;
        double recallSum = 0;
        int recallCards = 0;
        int[] learningDue = new int[FORECAST_DAYS_AHEAD + 1];
        int[] reviewDue = new int[FORECAST_DAYS_AHEAD + 1];
        int overdue = 0;
        for (CardState c : input.seenCards()) {
            if (c.suspended()) {
                suspended++;
                continue;
            }
            if (c.buriedAt(input.now())) {
                buried++;
            } else {
                byState[c.state().code()]++;
            }
            if (c.state() == State.NEW) {
                continue;
            }
            if (c.stability() >= StatsReport.MATURE_DAYS) {
                known++;
            }
            stability[binOf(c.stability(), STABILITY_EDGES)]++;
            difficulty[binOf(c.difficulty(), DIFFICULTY_EDGES)]++;
            stabilitySum += c.stability();
            difficultySum += c.difficulty();
            memories++;
            if ((c.state() == State.REVIEW || c.state() == State.RELEARNING) && c.lastReview() != null
                    && c.stability() > 0) {
                long t = Math.max(0, today - studyDays.epochDay(c.lastReview().toEpochMilli()));
                recallSum += input.schedulerFor(c.deckId()).retrievability(t, c.stability());
                recallCards++;
            }
            long offset = studyDays.epochDay(c.due().toEpochMilli()) - today;
            if (offset < 0) {
                overdue++;
                offset = 0;
            }
            if (offset <= FORECAST_DAYS_AHEAD) {
                (c.state() == State.REVIEW ? reviewDue : learningDue)[(int) offset]++;
            }
        }
        List<StatsReport.ForecastDay> days = new ArrayList<>();
        for (int i = 0; i <= FORECAST_DAYS_AHEAD; i++) {
            days.add(new StatsReport.ForecastDay(todayDate.plusDays(i), learningDue[i], reviewDue[i]));
        }
        return new Figures(
                new StatsReport.CardCounts(byState[0], byState[1], byState[2], byState[3], suspended, buried, known),
                histogram(stability, STABILITY_EDGES, null, memories == 0 ? null : stabilitySum / memories),
                histogram(difficulty, DIFFICULTY_EDGES, DIFFICULTY_MAX,
                        memories == 0 ? null : difficultySum / memories),
                new StatsReport.Retrievability(recallCards, recallCards == 0 ? null : recallSum / recallCards),
                new StatsReport.Forecast(todayDate, todayDate.plusDays(FORECAST_DAYS_AHEAD), overdue, days));
    }

    private static StatsReport.Histogram histogram(int[] counts, double[] edges, Double top, Double mean) {
        List<StatsReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            Double to = i + 1 < edges.length ? Double.valueOf(edges[i + 1]) : top;
            bins.add(new StatsReport.Bin(edges[i], to, counts[i]));
        }
        return new StatsReport.Histogram(bins, mean);
    }

    /** The last edge not above {@code v}; values below the first edge go into the first bin. */
    static int binOf(double v, double[] edges) {
        int i = edges.length - 1;
        while (i > 0 && v < edges[i]) {
            i--;
        }
        return i;
    }
}
