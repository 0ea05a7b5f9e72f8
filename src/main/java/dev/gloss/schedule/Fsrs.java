package dev.gloss.schedule;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The FSRS-6 scheduler, answer for answer the same as ts-fsrs 5.4.2 (including its 8-decimal roundings,
 * its fuzz and the quirks of its step handling). Pure and immutable: time comes in as arguments.
 *
 * <p>With {@link SchedulerConfig#shortTerm()} on, new and lapsed cards go through the learning and
 * relearning steps and same-day reviews use the short-term stability formula; with it off every answer
 * gives a whole-day interval. Weights outside ts-fsrs's ranges are clamped into them (see
 * {@link #effectiveParameters()}).
 */
public final class Fsrs {
    private final SchedulerConfig config;
    private final double[] weights;
    private final MemoryModel model;
    private final Scheduler scheduler;

    public Fsrs(SchedulerConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        this.config = config;
        LearningSteps steps = new LearningSteps(config.learningSteps(), config.relearningSteps());
        this.weights = ParameterLimits.clamp(config.parameters().toArray(), steps.relearningCount(),
                config.shortTerm());
        this.model = new MemoryModel(weights, config.shortTerm());
        Intervals intervals = new Intervals(model.curve().intervalModifier(config.desiredRetention()),
                config.maximumInterval(), config.fuzz());
        this.scheduler = config.shortTerm()
                ? new ShortTermScheduler(model, intervals, steps)
                : new LongTermScheduler(model, intervals);
    }

    /**
     * The card after answering it with this rating at {@code now}.
     *
     * @param elapsedDays study days since the last review, computed by the caller (see
     *                    {@link StudyCalendar#daysBetween}); ignored for a new card, whose t is 0
     */
    public CardSchedule next(CardSchedule card, Rating rating, Instant now, long elapsedDays) {
        if (rating == null) {
            throw new IllegalArgumentException("rating is required");
        }
        return scheduler.answer(review(card, now, elapsedDays), rating);
    }

    /** All four outcomes at once (for "Again 1m · Hard 6m · Good 10m · Easy 8d" labels), in rating order. */
    public Map<Rating, CardSchedule> preview(CardSchedule card, Instant now, long elapsedDays) {
        return Collections.unmodifiableMap(new EnumMap<>(scheduler.preview(review(card, now, elapsedDays))));
    }

    /**
     * The probability of recall after {@code elapsedDays} at this stability, on this configuration's
     * forgetting curve, rounded to 8 decimals as ts-fsrs's forgetting_curve does.
     */
    public double retrievability(double elapsedDays, double stability) {
        if (!(stability > 0) || !(elapsedDays >= 0)) {
            throw new IllegalArgumentException("retrievability needs stability > 0 and elapsed days >= 0, got S = "
                    + stability + ", t = " + elapsedDays);
        }
        return model.curve().retrievability(elapsedDays, stability);
    }

    /** The weights actually used: the configured ones clamped into ts-fsrs's ranges for this configuration. */
    public Parameters effectiveParameters() {
        return Parameters.of(weights);
    }

    public SchedulerConfig config() {
        return config;
    }

    private static Review review(CardSchedule card, Instant now, long elapsedDays) {
        if (card == null || now == null) {
            throw new IllegalArgumentException("card and now are required");
        }
        if (card.reps() < 0 || card.lapses() < 0 || card.learningStep() < 0) {
            throw new IllegalArgumentException("reps, lapses and learning step cannot be negative: " + card);
        }
        if (card.state() == State.NEW) {
            return new Review(card, now, 0);
        }
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days cannot be negative, got " + elapsedDays);
        }
        return new Review(card, now, elapsedDays);
    }
}
