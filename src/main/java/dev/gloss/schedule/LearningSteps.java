package dev.gloss.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the learning and relearning steps send a card, as ts-fsrs's basic steps strategy does. An
 * empty result means the card leaves the steps and gets an FSRS interval.
 */
final class LearningSteps {
    private final List<Long> learningMinutes;
    private final List<Long> relearningMinutes;

    /** The next step: wait {@code minutes}, then the card is at step index {@code nextIndex}. */
    record Step(long minutes, int nextIndex) {
        static final long MINUTES_PER_DAY = 1440;

        boolean endsToday() {
            return minutes > 0 && minutes < MINUTES_PER_DAY;
        }
    }

    LearningSteps(List<Duration> learning, List<Duration> relearning) {
        this.learningMinutes = toMinutes(learning, "learning");
        this.relearningMinutes = toMinutes(relearning, "relearning");
    }

    private static List<Long> toMinutes(List<Duration> steps, String kind) {
        return steps.stream().map(step -> {
            if (step.isNegative() || step.isZero() || step.toSecondsPart() != 0 || step.toNanosPart() != 0) {
                throw new IllegalArgumentException(kind + " steps must be whole minutes, got " + step);
            }
            return step.toMinutes();
        }).toList();
    }

    int relearningCount() {
        return relearningMinutes.size();
    }

    /**
     * The step for answering a card in {@code state} that is at step {@code index}. Review and Relearning
     * cards use the relearning steps, New and Learning cards the learning steps.
     */
    Optional<Step> next(State state, int index, Rating rating) {
        List<Long> steps = state == State.REVIEW || state == State.RELEARNING ? relearningMinutes : learningMinutes;
        if (steps.isEmpty() || index >= steps.size()) {
            return Optional.empty();
        }
        if (state == State.REVIEW) {
            // A lapse starts relearning at the card's step index, not at 0. The index is normally 0 in
            // Review, but a card that left learning through a step of a day or more keeps its index.
            return rating == Rating.AGAIN ? Optional.of(new Step(steps.get(index), 0)) : Optional.empty();
        }
        return switch (rating) {
            case AGAIN -> Optional.of(new Step(steps.get(0), 0));
            case HARD -> Optional.of(new Step(hardMinutes(steps), index)); // always from the first two steps
            case GOOD -> index + 1 < steps.size()
                    ? Optional.of(new Step(steps.get(index + 1), index + 1))
                    : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    private static long hardMinutes(List<Long> steps) {
        if (steps.size() == 1) {
            return Math.round(steps.get(0) * 1.5);
        }
        return Math.round((steps.get(0) + steps.get(1)) / 2.0);
    }
}
