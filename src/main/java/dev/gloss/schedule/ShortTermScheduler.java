package dev.gloss.schedule;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * ts-fsrs's BasicScheduler (enable_short_term on): new and lapsed cards go through learning and
 * relearning steps; Review cards get FSRS intervals kept in Hard &lt; Good &lt; Easy order.
 */
final class ShortTermScheduler implements Scheduler {
    private final MemoryModel model;
    private final Intervals intervals;
    private final LearningSteps steps;

    ShortTermScheduler(MemoryModel model, Intervals intervals, LearningSteps steps) {
        this.model = model;
        this.intervals = intervals;
        this.steps = steps;
    }

    @Override
    public CardSchedule answer(Review review, Rating rating) {
        State state = review.card().state();
        return switch (state) {
            case NEW -> inSteps(review, rating, State.LEARNING);
            case LEARNING, RELEARNING -> inSteps(review, rating, state);
            case REVIEW -> fromReview(review).get(rating);
        };
    }

    @Override
    public Map<Rating, CardSchedule> preview(Review review) {
        if (review.card().state() == State.REVIEW) {
            return fromReview(review);
        }
        Map<Rating, CardSchedule> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, answer(review, rating));
        }
        return outcomes;
    }

    private CardSchedule inSteps(Review review, Rating rating, State stepState) {
        CardSchedule card = review.card();
        MemoryState memory = model.next(review.memory(), review.elapsedDays(), rating);
        Optional<LearningSteps.Step> step = steps.next(card.state(), card.learningStep(), rating);
        return afterStep(review, memory, step, stepState, card.lapses());
    }

    private Map<Rating, CardSchedule> fromReview(Review review) {
        CardSchedule card = review.card();
        Map<Rating, MemoryState> memory = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            memory.put(rating, model.next(review.memory(), review.elapsedDays(), rating));
        }
        int hard = intervals.next(memory.get(Rating.HARD).stability(), review);
        int good = intervals.next(memory.get(Rating.GOOD).stability(), review);
        int easy = intervals.next(memory.get(Rating.EASY).stability(), review);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);

        Map<Rating, CardSchedule> outcomes = new EnumMap<>(Rating.class);
        Optional<LearningSteps.Step> relearning = steps.next(State.REVIEW, card.learningStep(), Rating.AGAIN);
        outcomes.put(Rating.AGAIN,
                afterStep(review, memory.get(Rating.AGAIN), relearning, State.RELEARNING, card.lapses() + 1));
        outcomes.put(Rating.HARD, review.inDays(memory.get(Rating.HARD), State.REVIEW, hard, 0, card.lapses()));
        outcomes.put(Rating.GOOD, review.inDays(memory.get(Rating.GOOD), State.REVIEW, good, 0, card.lapses()));
        outcomes.put(Rating.EASY, review.inDays(memory.get(Rating.EASY), State.REVIEW, easy, 0, card.lapses()));
        return outcomes;
    }

    /**
     * A step shorter than a day keeps the card in {@code stepState}; a step of a day or more moves it to
     * Review but keeps the step index (a ts-fsrs quirk: a later lapse then starts relearning at that index);
     * no step means the card graduates to Review with an FSRS interval (no ordering against other ratings).
     */
    private CardSchedule afterStep(Review review, MemoryState memory, Optional<LearningSteps.Step> step,
                                   State stepState, int lapses) {
        if (step.isPresent() && step.get().endsToday()) {
            return review.inMinutes(memory, stepState, step.get().minutes(), step.get().nextIndex(), lapses);
        }
        if (step.isPresent() && step.get().minutes() > 0) {
            return review.inMinutes(memory, State.REVIEW, step.get().minutes(), step.get().nextIndex(), lapses);
        }
        int interval = intervals.next(memory.stability(), review);
        return review.inDays(memory, State.REVIEW, interval, 0, lapses);
    }
}
