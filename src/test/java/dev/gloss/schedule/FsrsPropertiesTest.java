package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the scheduler for random configurations, cards, answers and times. */
class FsrsPropertiesTest {
    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration ONE_DAY = Duration.ofDays(1);

    /** A card as it stands when answered, with the study days since its last review. */
    record Situation(CardSchedule card, Instant now, long elapsedDays) {
    }

    @Property(tries = 500)
    void answeringNeverSchedulesIntoThePastAndKeepsTheMemoryInRange(@ForAll("configs") SchedulerConfig config,
            @ForAll("situations") Situation situation, @ForAll Rating rating) {
        Fsrs fsrs = new Fsrs(config);
        CardSchedule next = fsrs.next(situation.card(), rating, situation.now(), situation.elapsedDays());

        assertThat(next.due()).isAfterOrEqualTo(situation.now());
        assertThat(next.lastReview()).isEqualTo(situation.now());
        assertThat(next.stability()).isFinite().isBetween(0.001, 36500.0);
        assertThat(next.difficulty()).isBetween(1.0, 10.0);
        // ts-fsrs caps the raw interval at the maximum, then its Again < Hard < Good < Easy fix-ups may add a
        // day per rating above Again (e.g. 365 / 366 / 367 days at a 365-day maximum).
        assertThat(next.scheduledDays()).isBetween(0, config.maximumInterval() + rating.value() - 1);
    }

    @Property(tries = 500)
    void previewOfAReviewCardOrdersAgainHardGoodEasy(@ForAll("configsWithSubDayRelearning") SchedulerConfig config,
            @ForAll("reviewSituations") Situation situation) {
        Map<Rating, CardSchedule> preview = new Fsrs(config).preview(situation.card(), situation.now(),
                situation.elapsedDays());

        assertThat(preview.get(Rating.AGAIN).due()).isBeforeOrEqualTo(preview.get(Rating.HARD).due());
        assertThat(preview.get(Rating.HARD).due()).isBeforeOrEqualTo(preview.get(Rating.GOOD).due());
        assertThat(preview.get(Rating.GOOD).due()).isBeforeOrEqualTo(preview.get(Rating.EASY).due());
    }

    @Property(tries = 500)
    void everyAnswerAddsExactlyOneRepetitionAndAtMostOneLapse(@ForAll("configs") SchedulerConfig config,
            @ForAll("situations") Situation situation, @ForAll Rating rating) {
        CardSchedule before = situation.card();
        CardSchedule next = new Fsrs(config).next(before, rating, situation.now(), situation.elapsedDays());

        assertThat(next.reps()).isEqualTo(before.reps() + 1);
        assertThat(next.lapses()).isBetween(before.lapses(), rating == Rating.AGAIN ? before.lapses() + 1 : before.lapses());
    }

    @Property(tries = 200)
    void previewShowsWhatEachAnswerWouldDo(@ForAll("configs") SchedulerConfig config,
            @ForAll("situations") Situation situation) {
        Fsrs fsrs = new Fsrs(config);
        Map<Rating, CardSchedule> preview = fsrs.preview(situation.card(), situation.now(), situation.elapsedDays());
        for (Rating rating : Rating.values()) {
            assertThat(preview.get(rating))
                    .isEqualTo(fsrs.next(situation.card(), rating, situation.now(), situation.elapsedDays()));
        }
    }

    @Provide
    Arbitrary<SchedulerConfig> configs() {
        return configs(Arbitraries.of("", "10m", "10m 1h", "10m 1h 3h", "1d"));
    }

    /** A relearning step of a day or more could legitimately come after Hard's interval. */
    @Provide
    Arbitrary<SchedulerConfig> configsWithSubDayRelearning() {
        return configs(Arbitraries.of("", "10m", "10m 1h", "10m 1h 3h"));
    }

    @Provide
    Arbitrary<Situation> situations() {
        return situations(Arbitraries.of(State.class));
    }

    @Provide
    Arbitrary<Situation> reviewSituations() {
        return situations(Arbitraries.just(State.REVIEW));
    }

    private static Arbitrary<SchedulerConfig> configs(Arbitrary<String> relearning) {
        Arbitrary<Parameters> weights = Arbitraries.oneOf(
                Arbitraries.just(Parameters.defaults()),
                Arbitraries.doubles().between(0.3, 3).ofScale(4).list().ofSize(Parameters.COUNT).map(factors -> {
                    double[] w = Parameters.defaults().toArray();
                    for (int i = 0; i < w.length; i++) {
                        w[i] *= factors.get(i); // out-of-range results are clamped by the scheduler
                    }
                    return Parameters.of(w);
                }));
        Arbitrary<String> learning = Arbitraries.of("", "1m", "1m 10m", "10m 1h", "1m 10m 1d", "5m 2d");
        return Combinators.combine(weights, Arbitraries.doubles().between(0.7, 0.97), learning, relearning,
                Arbitraries.integers().between(7, 36500), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((w, retention, learn, relearn, maxInterval, fuzz, shortTerm) -> new SchedulerConfig(w, retention,
                        SchedulerConfig.parseSteps(learn), SchedulerConfig.parseSteps(relearn), maxInterval, fuzz,
                        shortTerm));
    }

    private static Arbitrary<Situation> situations(Arbitrary<State> states) {
        Arbitrary<Instant> times = Arbitraries.longs().between(0, 3L * 365 * 24 * 3600 * 1000).map(BASE::plusMillis);
        Arbitrary<Double> stabilities = Arbitraries.doubles().between(-6.9, 10.5).ofScale(6)
                .map(Math::exp).map(s -> Math.min(Math.max(s, 0.001), 36500));
        Arbitrary<Double> difficulties = Arbitraries.doubles().between(1, 10).ofScale(8);
        Arbitrary<Long> elapsed = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 5000));
        return Combinators.combine(states, times, stabilities, difficulties, elapsed,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 10))
                .as((state, now, s, d, days, step, reps, lapses) -> {
                    if (state == State.NEW) {
                        return new Situation(CardSchedule.newCard(now), now, 0);
                    }
                    Instant lastReview = now.minus(Duration.ofDays(days));
                    int learningStep = state == State.REVIEW ? 0 : step;
                    CardSchedule card = new CardSchedule(state, s, d, lastReview.plus(ONE_DAY), lastReview,
                            state == State.REVIEW ? 1 : 0, learningStep, Math.max(reps, 1), lapses);
                    return new Situation(card, now, days);
                });
    }
}
