package dev.gloss.schedule;

import java.util.EnumMap;
import java.util.Map;

/**
 * ts-fsrs's LongTermScheduler (enable_short_term off): no steps; every answer, from any state, sends the
 * card to Review with an FSRS interval, kept in Again &lt; Hard &lt; Good &lt; Easy order.
 */
final class LongTermScheduler implements Scheduler {
    private final MemoryModel model;
    private final Intervals intervals;

    LongTermScheduler(MemoryModel model, Intervals intervals) {
        this.model = model;
        this.intervals = intervals;
    }

    @Override
    public CardSchedule answer(Review review, Rating rating) {
        return preview(review).get(rating);
    }

    @Override
    public Map<Rating, CardSchedule> preview(Review review) {
        CardSchedule card = review.card();
        Map<Rating, MemoryState> memory = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            memory.put(rating, model.next(review.memory(), review.elapsedDays(), rating));
        }
        int again = intervals.next(memory.get(Rating.AGAIN).stability(), review);
        int hard = intervals.next(memory.get(Rating.HARD).stability(), review);
        int good = intervals.next(memory.get(Rating.GOOD).stability(), review);
        int easy = intervals.next(memory.get(Rating.EASY).stability(), review);
        again = Math.min(again, hard);
        hard = Math.max(hard, again + 1);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);

        // Only a card that was already learnt can lapse; a new card's first Again is not one.
        int lapsesAfterAgain = card.state() == State.NEW ? card.lapses() : card.lapses() + 1;
        Map<Rating, CardSchedule> outcomes = new EnumMap<>(Rating.class);
        outcomes.put(Rating.AGAIN, review.inDays(memory.get(Rating.AGAIN), State.REVIEW, again, 0, lapsesAfterAgain));
        outcomes.put(Rating.HARD, review.inDays(memory.get(Rating.HARD), State.REVIEW, hard, 0, card.lapses()));
        outcomes.put(Rating.GOOD, review.inDays(memory.get(Rating.GOOD), State.REVIEW, good, 0, card.lapses()));
        outcomes.put(Rating.EASY, review.inDays(memory.get(Rating.EASY), State.REVIEW, easy, 0, card.lapses()));
        return outcomes;
    }
}
