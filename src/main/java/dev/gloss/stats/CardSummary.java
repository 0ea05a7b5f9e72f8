package dev.gloss.stats;

import dev.gloss.schedule.State;
import dev.gloss.schedule.StudyCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of a selection as the figures need them: grouped by state and bins of stability and difficulty
 * (counts, histograms), grouped by due time (forecast), and, one by one, those whose predicted recall is averaged.
 * The store builds it with SQL; {@link #of} builds the same from card states.
 */
public record CardSummary(List<CardGroup> groups, List<ForecastGroup> forecast, List<RecallCard> recall) {

    public CardSummary {
        groups = List.copyOf(groups);
        forecast = List.copyOf(forecast);
        recall = List.copyOf(recall);
    }

    public static CardSummary of(Collection<CardState> cards, StudyCalendar calendar, Instant now) {
        Forecasts.Window window = Forecasts.window(calendar, now);
        record ForecastKey(long quarter, boolean review, boolean overdue) {
        }
        record GroupKey(State state, boolean suspended, boolean buried, int stability, int difficulty) {
        }
        Map<GroupKey, double[]> groups = new HashMap<>();
        Map<ForecastKey, Integer> due = new HashMap<>();
        List<RecallCard> recall = new ArrayList<>();
        for (CardState c : cards) {
            double[] sums = groups.computeIfAbsent(new GroupKey(c.state(), c.suspended(), c.buriedAt(now),
                    CardFigures.binOf(c.stability(), CardFigures.STABILITY_EDGES),
                    CardFigures.binOf(c.difficulty(), CardFigures.DIFFICULTY_EDGES)), k -> new double[3]);
            sums[0]++;
            sums[1] += c.stability();
            sums[2] += c.difficulty();
            if (c.suspended() || c.state() == State.NEW) {
                continue;
            }
            long dueMs = c.due().toEpochMilli();
            if (c.due().isBefore(window.end())) {
                long from = Math.max(dueMs, window.todayStart().toEpochMilli());
                due.merge(new ForecastKey(Math.floorDiv(from, ReviewGroup.QUARTER_MS), c.state() == State.REVIEW,
                        c.due().isBefore(window.todayStart())), 1, Integer::sum);
            }
            if ((c.state() == State.REVIEW || c.state() == State.RELEARNING) && c.lastReview() != null
                    && c.stability() > 0) {
                recall.add(new RecallCard(c.deckId(), c.lastReview(), c.stability()));
            }
        }
        List<ForecastGroup> forecast = new ArrayList<>();
        due.forEach((k, n) -> forecast.add(new ForecastGroup(k.quarter(), k.review(), k.overdue(), n)));
        forecast.sort(Comparator.comparingLong(ForecastGroup::quarter));
        List<CardGroup> cardGroups = new ArrayList<>();
        groups.forEach((k, s) -> cardGroups.add(new CardGroup(k.state(), k.suspended(), k.buried(), k.stability(),
                k.difficulty(), (int) s[0], s[1], s[2])));
        return new CardSummary(cardGroups, forecast, recall);
    }
}
