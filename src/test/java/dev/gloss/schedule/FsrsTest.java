package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scheduler's behaviour in readable cases, with the numbers of ALGORITHM.md §5 and §8. */
class FsrsTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private static final Fsrs DEFAULTS = new Fsrs(SchedulerConfig.defaults());

    private static CardSchedule reviewCard(double stability, double difficulty, Instant lastReview, int days) {
        return new CardSchedule(State.REVIEW, stability, difficulty, lastReview.plus(Duration.ofDays(days)), lastReview,
                days, 0, 5, 0);
    }

    private static SchedulerConfig config(String learning, String relearning, boolean shortTerm, int maxInterval) {
        return new SchedulerConfig(Parameters.defaults(), 0.9, SchedulerConfig.parseSteps(learning),
                SchedulerConfig.parseSteps(relearning), maxInterval, false, shortTerm);
    }

    @Nested
    class NewCards {
        private final CardSchedule card = CardSchedule.newCard(T);

        @Test
        void againStartsLearningWithAOneMinuteStep() {
            CardSchedule again = DEFAULTS.next(card, Rating.AGAIN, T, 0);
            assertThat(again.state()).isEqualTo(State.LEARNING);
            assertThat(again.due()).isEqualTo(T.plus(Duration.ofMinutes(1)));
            assertThat(again.stability()).isEqualTo(0.212);
            assertThat(again.difficulty()).isEqualTo(6.4133);
            assertThat(again.learningStep()).isZero();
            assertThat(again.scheduledDays()).isZero();
        }

        @Test
        void hardWaitsBetweenTheFirstTwoSteps() {
            CardSchedule hard = DEFAULTS.next(card, Rating.HARD, T, 0);
            assertThat(hard.state()).isEqualTo(State.LEARNING);
            assertThat(hard.due()).isEqualTo(T.plus(Duration.ofMinutes(6)));
        }

        @Test
        void goodMovesToTheSecondStep() {
            CardSchedule good = DEFAULTS.next(card, Rating.GOOD, T, 0);
            assertThat(good.state()).isEqualTo(State.LEARNING);
            assertThat(good.learningStep()).isEqualTo(1);
            assertThat(good.due()).isEqualTo(T.plus(Duration.ofMinutes(10)));
            assertThat(good.stability()).isEqualTo(2.3065);
            assertThat(good.difficulty()).isEqualTo(2.11810397);
        }

        @Test
        void easySkipsLearningWithEightDays() {
            CardSchedule easy = DEFAULTS.next(card, Rating.EASY, T, 0);
            assertThat(easy.state()).isEqualTo(State.REVIEW);
            assertThat(easy.scheduledDays()).isEqualTo(8);
            assertThat(easy.due()).isEqualTo(T.plus(Duration.ofDays(8)));
            assertThat(easy.difficulty()).as("D0(Easy) is below 1 and stored as 1").isEqualTo(1.0);
        }

        @Test
        void everyAnswerCountsARepetitionAndRecordsTheReview() {
            DEFAULTS.preview(card, T, 0).values().forEach(outcome -> {
                assertThat(outcome.reps()).isEqualTo(1);
                assertThat(outcome.lastReview()).isEqualTo(T);
                assertThat(outcome.lapses()).isZero();
            });
        }

        @Test
        void elapsedDaysAreIgnoredForANewCard() {
            assertThat(DEFAULTS.preview(card, T, 42)).isEqualTo(DEFAULTS.preview(card, T, 0));
        }

        @Test
        void withoutShortTermANewCardGoesStraightToReviewInOrderedIntervals() {
            Fsrs longTerm = new Fsrs(config("1m 10m", "10m", false, 36500));
            Map<Rating, CardSchedule> preview = longTerm.preview(card, T, 0);
            assertThat(preview.values()).extracting(CardSchedule::state).containsOnly(State.REVIEW);
            assertThat(preview.values()).extracting(CardSchedule::scheduledDays).containsExactly(1, 2, 3, 8);
            assertThat(preview.get(Rating.AGAIN).lapses()).as("a new card cannot lapse").isZero();
        }
    }

    @Nested
    class LearningCards {
        private final CardSchedule atSecondStep = DEFAULTS.next(CardSchedule.newCard(T), Rating.GOOD, T, 0);
        private final Instant tenMinutesLater = T.plus(Duration.ofMinutes(10));

        @Test
        void answeringGoodOnALearningCardGraduatesIt() {
            CardSchedule good = DEFAULTS.next(atSecondStep, Rating.GOOD, tenMinutesLater, 0);
            assertThat(good.state()).isEqualTo(State.REVIEW);
            assertThat(good.scheduledDays()).isEqualTo(2);
            assertThat(good.due()).isEqualTo(tenMinutesLater.plus(Duration.ofDays(2)));
            assertThat(good.stability()).as("same-day Good leaves S unchanged").isEqualTo(2.3065);
            assertThat(good.learningStep()).isZero();
        }

        @Test
        void againOnALearningCardGoesBackToTheFirstStepWithoutALapse() {
            CardSchedule again = DEFAULTS.next(atSecondStep, Rating.AGAIN, tenMinutesLater, 0);
            assertThat(again.state()).isEqualTo(State.LEARNING);
            assertThat(again.learningStep()).isZero();
            assertThat(again.due()).isEqualTo(tenMinutesLater.plus(Duration.ofMinutes(1)));
            assertThat(again.lapses()).isZero();
        }

        @Test
        void hardKeepsTheStepAndWaitsSixMinutesAtEveryStep() {
            CardSchedule hard = DEFAULTS.next(atSecondStep, Rating.HARD, tenMinutesLater, 0);
            assertThat(hard.learningStep()).isEqualTo(1);
            assertThat(hard.due()).isEqualTo(tenMinutesLater.plus(Duration.ofMinutes(6)));
        }

        @Test
        void aStepOfADayOrMoreSendsTheCardToReviewButKeepsItsStepIndex() {
            Fsrs daySteps = new Fsrs(config("1m 10m 1d", "10m 1h", true, 36500));
            CardSchedule card = daySteps.next(CardSchedule.newCard(T), Rating.GOOD, T, 0);
            Instant now = card.due();
            card = daySteps.next(card, Rating.GOOD, now, 0);
            assertThat(card.state()).isEqualTo(State.REVIEW);
            assertThat(card.learningStep()).isEqualTo(2);
            assertThat(card.scheduledDays()).isEqualTo(1);
            assertThat(card.due()).isEqualTo(now.plus(Duration.ofDays(1)));

            // ts-fsrs quirk: the stale index 2 is past the two relearning steps, so Again skips relearning.
            Instant dayLater = card.due();
            CardSchedule lapsed = daySteps.next(card, Rating.AGAIN, dayLater, 1);
            assertThat(lapsed.state()).isEqualTo(State.REVIEW);
            assertThat(lapsed.scheduledDays()).isEqualTo(1);
            assertThat(lapsed.lapses()).isEqualTo(1);
            assertThat(lapsed.learningStep()).isZero();
        }

        @Test
        void withoutLearningStepsEveryAnswerGraduates() {
            Fsrs noSteps = new Fsrs(config("", "", true, 36500));
            Map<Rating, CardSchedule> preview = noSteps.preview(CardSchedule.newCard(T), T, 0);
            assertThat(preview.values()).extracting(CardSchedule::state).containsOnly(State.REVIEW);
            assertThat(preview.values()).extracting(CardSchedule::scheduledDays).containsExactly(1, 1, 2, 8);
        }
    }

    @Nested
    class ReviewCards {

        @Test
        void workedExampleReviewedAtItsStability() {
            CardSchedule card = reviewCard(10, 5, T.minus(Duration.ofDays(10)), 10);
            assertThat(DEFAULTS.retrievability(10, 10)).isEqualTo(0.9);

            Map<Rating, CardSchedule> preview = DEFAULTS.preview(card, T, 10);
            assertMemory(preview.get(Rating.AGAIN), 1.39198697, 8.34176237);
            assertMemory(preview.get(Rating.HARD), 23.24687511, 6.66599536);
            assertMemory(preview.get(Rating.GOOD), 32.02672948, 4.99022837);
            assertMemory(preview.get(Rating.EASY), 51.25386165, 3.31446137);
            assertThat(preview.get(Rating.GOOD).scheduledDays()).isEqualTo(32);
        }

        @Test
        void againOnAReviewCardStartsRelearningAndCountsALapse() {
            CardSchedule card = reviewCard(10, 5, T.minus(Duration.ofDays(10)), 10);
            CardSchedule again = DEFAULTS.next(card, Rating.AGAIN, T, 10);
            assertThat(again.state()).isEqualTo(State.RELEARNING);
            assertThat(again.due()).isEqualTo(T.plus(Duration.ofMinutes(10)));
            assertThat(again.lapses()).isEqualTo(1);
        }

        @Test
        void relearningHardWaitsFifteenMinutesAndGoodReturnsToReview() {
            CardSchedule card = reviewCard(10, 5, T.minus(Duration.ofDays(10)), 10);
            CardSchedule relearning = DEFAULTS.next(card, Rating.AGAIN, T, 10);
            Instant now = relearning.due();
            assertThat(DEFAULTS.next(relearning, Rating.HARD, now, 0).due()).isEqualTo(now.plus(Duration.ofMinutes(15)));
            CardSchedule good = DEFAULTS.next(relearning, Rating.GOOD, now, 0);
            assertThat(good.state()).isEqualTo(State.REVIEW);
            assertThat(good.scheduledDays()).isEqualTo(1);
            assertThat(DEFAULTS.next(relearning, Rating.EASY, now, 0).state()).isEqualTo(State.REVIEW);
        }

        @Test
        void aSameDayReviewGivesGoodOneDayMoreThanHard() {
            CardSchedule card = reviewCard(10, 5, T.minus(Duration.ofHours(2)), 10);
            Map<Rating, CardSchedule> preview = DEFAULTS.preview(card, T, 0);
            assertThat(preview.get(Rating.HARD).stability()).isEqualTo(10.0);
            assertThat(preview.get(Rating.GOOD).stability()).isEqualTo(10.0);
            assertThat(preview.get(Rating.GOOD).scheduledDays())
                    .isEqualTo(preview.get(Rating.HARD).scheduledDays() + 1);
        }

        @Test
        void tsFsrsOwnSequenceOfAnswersAtDue() {
            List<Rating> answers = new ArrayList<>();
            answers.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));
            answers.addAll(List.of(Rating.AGAIN, Rating.AGAIN));
            answers.addAll(List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD));
            CardSchedule card = CardSchedule.newCard(T);
            Instant now = T;
            List<Integer> scheduledDays = new ArrayList<>();
            for (Rating answer : answers) {
                long elapsed = card.lastReview() == null ? 0 : StudyCalendar.utcMidnight().daysBetween(card.lastReview(), now);
                card = DEFAULTS.next(card, answer, now, elapsed);
                scheduledDays.add(card.scheduledDays());
                now = card.due();
            }
            assertThat(scheduledDays).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
        }

        @Test
        void theMaximumIntervalCapsTheRawIntervalButOrderingCanAddADay() {
            Fsrs capped = new Fsrs(config("1m 10m", "10m", true, 365));
            CardSchedule card = reviewCard(20000, 5, T.minus(Duration.ofDays(20000)), 20000);
            Map<Rating, CardSchedule> preview = capped.preview(card, T, 20000);
            assertThat(preview.get(Rating.HARD).scheduledDays()).isEqualTo(365);
            assertThat(preview.get(Rating.GOOD).scheduledDays()).isEqualTo(366);
            assertThat(preview.get(Rating.EASY).scheduledDays()).isEqualTo(367);
        }

        private void assertMemory(CardSchedule card, double stability, double difficulty) {
            assertThat(card.stability()).isCloseTo(stability, within(1e-8));
            assertThat(card.difficulty()).isCloseTo(difficulty, within(1e-8));
        }
    }

    @Nested
    class Fuzzing {
        private final Fsrs fuzzed = new Fsrs(SchedulerConfig.defaults().withFuzz(true));
        private final CardSchedule card = reviewCard(30, 5, T.minus(Duration.ofDays(30)), 30);

        @Test
        void fuzzIsDeterministicForTheSameReview() {
            assertThat(fuzzed.preview(card, T, 30)).isEqualTo(fuzzed.preview(card, T, 30));
        }

        @Test
        void fuzzSpreadsAnIntervalOverAWindowAroundIt() {
            int plain = DEFAULTS.next(card, Rating.GOOD, T, 30).scheduledDays();
            assertThat(plain).isEqualTo(85);
            // delta = 1 + 0.15·4.5 + 0.10·13 + 0.05·65 = 6.225 days: 79..91
            Set<Integer> seen = new TreeSet<>();
            for (int minute = 0; minute < 500; minute++) {
                Instant now = T.plus(Duration.ofMinutes(minute));
                seen.add(fuzzed.next(card, Rating.GOOD, now, 30).scheduledDays());
            }
            assertThat(seen).allSatisfy(days -> assertThat(days).isBetween(79, 91)).contains(79, 85, 91);
        }

        @Test
        void fuzzLeavesIntervalsUnderThreeDaysAlone() {
            Fsrs fuzzedNoSteps = new Fsrs(config("", "", true, 36500).withFuzz(true));
            Map<Rating, CardSchedule> preview = fuzzedNoSteps.preview(CardSchedule.newCard(T), T, 0);
            assertThat(preview.get(Rating.AGAIN).scheduledDays()).isEqualTo(1);
            assertThat(preview.get(Rating.HARD).scheduledDays()).isEqualTo(1);
            assertThat(preview.get(Rating.GOOD).scheduledDays()).isEqualTo(2);
        }
    }

    @Nested
    class Inputs {

        @Test
        void previewGivesTheSameCardsAsAnsweringEachRating() {
            CardSchedule card = reviewCard(7, 6, T.minus(Duration.ofDays(9)), 7);
            Map<Rating, CardSchedule> preview = DEFAULTS.preview(card, T, 9);
            for (Rating rating : Rating.values()) {
                assertThat(preview.get(rating)).isEqualTo(DEFAULTS.next(card, rating, T, 9));
            }
        }

        @Test
        void negativeElapsedDaysAreRejected() {
            CardSchedule card = reviewCard(7, 6, T, 7);
            assertThatThrownBy(() -> DEFAULTS.next(card, Rating.GOOD, T, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aReviewedCardWithoutDifficultyIsRejected() {
            CardSchedule card = new CardSchedule(State.REVIEW, 5, 0.5, T, T, 5, 0, 3, 0);
            assertThatThrownBy(() -> DEFAULTS.next(card, Rating.GOOD, T, 3))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void retrievabilityNeedsAStability() {
            assertThatThrownBy(() -> DEFAULTS.retrievability(3, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(DEFAULTS.retrievability(0, 5)).isEqualTo(1.0);
        }

        @Test
        void stepsThatAreNotWholeMinutesAreRejected() {
            SchedulerConfig config = new SchedulerConfig(Parameters.defaults(), 0.9, List.of(Duration.ofSeconds(30)),
                    List.of(), 36500, false, true);
            assertThatThrownBy(() -> new Fsrs(config)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void outOfRangeWeightsAreClampedAsTsFsrsDoes() {
            double[] w = Parameters.defaults().toArray();
            w[3] = 250;
            w[20] = 0.01;
            Fsrs fsrs = new Fsrs(SchedulerConfig.defaults().withParameters(Parameters.of(w)));
            assertThat(fsrs.effectiveParameters().w(3)).isEqualTo(100.0);
            assertThat(fsrs.effectiveParameters().w(20)).isEqualTo(0.1);
        }
    }
}
