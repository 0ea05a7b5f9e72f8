package dev.gloss.stats;

import dev.gloss.schedule.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Figures about the cards as they are now: counts by state, stability and difficulty, predicted recall. */
final class CardFigures {
    /** Stability bin edges in days; the last bin has no upper end. 21 days (mature, known) is an edge. */
    static final double[] STABILITY_EDGES = {0, 1, 3, 7, 14, 21, 30, 60, 90, 180, 365, 730};
    /** Difficulty runs from 1 to 10; the last bin includes 10. */
    static final double[] DIFFICULTY_EDGES = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double DIFFICULTY_MAX = 10;

    private CardFigures() {
    }

    /** Cards that have been studied and are not suspended: the ones whose memory the figures describe. */
    static boolean studied(CardState c) {
        return !c.suspended() && c.state() != State.NEW;
    }

    /** Every card once: suspended first, then buried (until after now), then by state; known: see CardCounts. */
    static StatsReport.CardCounts counts(Collection<CardState> cards, Instant now) {
        int[] byState = new int[State.values().length];
        int suspended = 0;
        int buried = 0;
        int known = 0;
        for (CardState c : cards) {
            if (c.suspended()) {
                suspended++;
                continue;
            }
            if (c.state() != State.NEW && c.stability() >= StatsReport.MATURE_DAYS) {
                known++;
            }
            if (c.buriedAt(now)) {
                buried++;
            } else {
                byState[c.state().code()]++;
            }
        }
        return new StatsReport.CardCounts(byState[0], byState[1], byState[2], byState[3], suspended, buried, known);
    }

    /** Stability of the studied cards. */
    static StatsReport.Histogram stability(Collection<CardState> cards) {
        return histogram(cards, true, STABILITY_EDGES, null);
    }

    /** Difficulty of the studied cards. */
    static StatsReport.Histogram difficulty(Collection<CardState> cards) {
        return histogram(cards, false, DIFFICULTY_EDGES, DIFFICULTY_MAX);
    }

    private static StatsReport.Histogram histogram(Collection<CardState> cards, boolean stability, double[] edges,
                                                   Double top) {
        int[] counts = new int[edges.length];
        double sum = 0;
        int n = 0;
        for (CardState c : cards) {
            if (!studied(c)) {
                continue;
            }
            double v = stability ? c.stability() : c.difficulty();
            counts[binOf(v, edges)]++;
            sum += v;
            n++;
        }
        List<StatsReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            Double to = i + 1 < edges.length ? Double.valueOf(edges[i + 1]) : top;
            bins.add(new StatsReport.Bin(edges[i], to, counts[i]));
        }
        return new StatsReport.Histogram(bins, n == 0 ? null : sum / n);
    }

    /** The last edge not above {@code v}; values below the first edge go into the first bin. */
    static int binOf(double v, double[] edges) {
        int i = edges.length - 1;
        while (i > 0 && v < edges[i]) {
            i--;
        }
        return i;
    }

    /**
     * Mean of R(t, S) now over review and relearning cards that are not suspended, t being the study days since
     * the card's last answer, on its deck's forgetting curve. Learning cards are left out: they have not yet been
     * scheduled by days, and the day-based curve would call them certain.
     */
    static StatsReport.Retrievability retrievability(StatsInput input) {
        StudyDays studyDays = new StudyDays(input.calendar());
        long today = studyDays.epochDay(input.now().toEpochMilli());
        double sum = 0;
        int n = 0;
        for (CardState c : input.cards()) {
            if (c.suspended() || (c.state() != State.REVIEW && c.state() != State.RELEARNING)
                    || c.lastReview() == null || !(c.stability() > 0)) {
                continue;
            }
            long t = Math.max(0, today - studyDays.epochDay(c.lastReview().toEpochMilli()));
            sum += input.schedulerFor(c.deckId()).retrievability(t, c.stability());
            n++;
        }
        return new StatsReport.Retrievability(n, n == 0 ? null : sum / n);
    }
}
