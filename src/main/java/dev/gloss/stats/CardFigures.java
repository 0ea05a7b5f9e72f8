package dev.gloss.stats;

import dev.gloss.schedule.State;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Figures about the cards as they are now: counts by state, stability and difficulty, predicted recall. */
public final class CardFigures {
    /** Stability bin edges in days; the last bin has no upper end. 21 days (mature, known) is an edge. */
    public static final double[] STABILITY_EDGES = {0, 1, 3, 7, 14, 21, 30, 60, 90, 180, 365, 730};
    /** Difficulty runs from 1 to 10; the last bin includes 10. */
    public static final double[] DIFFICULTY_EDGES = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double DIFFICULTY_MAX = 10;

    private CardFigures() {
    }

    /** The stability bin from which a card is known: stability of 21 days or more. */
    private static final int KNOWN_BIN = binOf(StatsReport.MATURE_DAYS, STABILITY_EDGES);

    /** Every card once: suspended first, then buried (until after now), then by state; known: see CardCounts. */
    static StatsReport.CardCounts counts(Collection<CardGroup> groups) {
        int[] byState = new int[State.values().length];
        int suspended = 0;
        int buried = 0;
        int known = 0;
        for (CardGroup g : groups) {
            if (g.suspended()) {
                suspended += g.cards();
                continue;
            }
            if (g.state() != State.NEW && g.stabilityBin() >= KNOWN_BIN) {
                known += g.cards();
            }
            if (g.buried()) {
                buried += g.cards();
            } else {
                byState[g.state().code()] += g.cards();
            }
        }
        return new StatsReport.CardCounts(byState[0], byState[1], byState[2], byState[3], suspended, buried, known);
    }

    /** Stability of the studied cards. */
    static StatsReport.Histogram stability(Collection<CardGroup> groups) {
        int[] counts = new int[STABILITY_EDGES.length];
        double sum = 0;
        int n = 0;
        for (CardGroup g : groups) {
            if (!g.studied()) {
                continue;
            }
            counts[g.stabilityBin()] += g.cards();
            sum += g.stabilitySum();
            n += g.cards();
        }
        return histogram(counts, STABILITY_EDGES, null, n == 0 ? null : sum / n);
    }

    /** Difficulty of the studied cards. */
    static StatsReport.Histogram difficulty(Collection<CardGroup> groups) {
        int[] counts = new int[DIFFICULTY_EDGES.length];
        double sum = 0;
        int n = 0;
        for (CardGroup g : groups) {
            if (!g.studied()) {
                continue;
            }
            counts[g.difficultyBin()] += g.cards();
            sum += g.difficultySum();
            n += g.cards();
        }
        return histogram(counts, DIFFICULTY_EDGES, DIFFICULTY_MAX, n == 0 ? null : sum / n);
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
    public static int binOf(double v, double[] edges) {
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
        for (RecallCard c : input.cards().recall()) {
            long t = Math.max(0, today - studyDays.epochDay(c.lastReview().toEpochMilli()));
            sum += input.schedulerFor(c.deckId()).retrievability(t, c.stability());
        }
        int n = input.cards().recall().size();
        return new StatsReport.Retrievability(n, n == 0 ? null : sum / n);
    }
}
