package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The unit-level formula vectors (ts-fsrs 5.4.2, FSRS-6 and migrated FSRS-5 defaults) and R(t, S) grids. */
class FsrsFormulaTest {
    private static final double TOLERANCE = 1e-8;

    @TestFactory
    List<DynamicTest> everyFormulaVectorMatchesTsFsrs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode set : VectorFiles.read("formula-vectors.json").get("sets")) {
            String name = set.get("name").asText();
            tests.add(check(name, "effective weights", set, FsrsFormulaTest::effectiveWeights));
            tests.add(check(name, "init", set, FsrsFormulaTest::init));
            tests.add(check(name, "next_difficulty", set, FsrsFormulaTest::nextDifficulty));
            tests.add(check(name, "recall_stability", set, FsrsFormulaTest::recallStability));
            tests.add(check(name, "forget_stability", set, FsrsFormulaTest::forgetStability));
            tests.add(check(name, "short_term_stability", set, FsrsFormulaTest::shortTermStability));
            tests.add(check(name, "next_state", set, FsrsFormulaTest::nextState));
            tests.add(check(name, "intervals", set, FsrsFormulaTest::intervals));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyRetrievabilityGridMatchesTsFsrsForgettingCurve() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode grid : VectorFiles.read("retrievability.json").get("grids")) {
            tests.add(dynamicTest(grid.get("name").asText(), () -> {
                double w20 = grid.get("w20").asDouble();
                double[] w = Parameters.defaults().toArray();
                w[20] = w20;
                Fsrs fsrs = new Fsrs(SchedulerConfig.defaults().withParameters(Parameters.of(w)));
                assertThat(ForgettingCurve.withDecay(w20).factor()).isEqualTo(grid.get("factor_rounded").asDouble());

                double[] stabilities = VectorFiles.doubles(grid.get("stabilities"));
                double[] days = VectorFiles.doubles(grid.get("elapsed_days"));
                SoftAssertions softly = new SoftAssertions();
                int checked = 0;
                for (int i = 0; i < stabilities.length; i++) {
                    for (int j = 0; j < days.length; j++) {
                        softly.assertThat(fsrs.retrievability(days[j], stabilities[i]))
                                .as("R(t=%s, S=%s)", days[j], stabilities[i])
                                .isCloseTo(grid.get("r").get(i).get(j).asDouble(), within(TOLERANCE));
                        checked++;
                    }
                }
                softly.assertAll();
                assertThat(checked).isEqualTo(20 * 23);
            }));
        }
        return tests;
    }

    private static DynamicTest check(String set, String kind, JsonNode vectors, BiConsumer<JsonNode, SoftAssertions> body) {
        return dynamicTest(set + ": " + kind, () -> {
            SoftAssertions softly = new SoftAssertions();
            body.accept(vectors, softly);
            softly.assertAll();
        });
    }

    private static MemoryModel model(JsonNode set, boolean shortTerm) {
        double[] given = Parameters.of(VectorFiles.doubles(set.get("w_input"))).toArray();
        return new MemoryModel(ParameterLimits.clamp(given, 1, shortTerm), shortTerm);
    }

    private static void effectiveWeights(JsonNode set, SoftAssertions softly) {
        Parameters given = Parameters.of(VectorFiles.doubles(set.get("w_input")));
        Fsrs fsrs = new Fsrs(SchedulerConfig.defaults().withParameters(given));
        softly.assertThat(fsrs.effectiveParameters().toArray()).containsExactly(VectorFiles.doubles(set.get("w")));
    }

    private static void init(JsonNode set, SoftAssertions softly) {
        MemoryModel model = model(set, true);
        for (JsonNode v : set.get("init")) {
            Rating g = Rating.of(v.get("g").asInt());
            softly.assertThat(model.initialStability(g)).as("S0(%s)", g)
                    .isCloseTo(v.get("init_stability").asDouble(), within(TOLERANCE));
            softly.assertThat(model.initialDifficulty(g)).as("D0(%s) unclamped", g)
                    .isCloseTo(v.get("init_difficulty_raw").asDouble(), within(TOLERANCE));
            MemoryState first = model.next(MemoryState.NONE, 0, g);
            JsonNode expected = v.get("state_after_first_review");
            softly.assertThat(first.stability()).as("S after first %s", g)
                    .isCloseTo(expected.get("stability").asDouble(), within(TOLERANCE));
            softly.assertThat(first.difficulty()).as("D after first %s", g)
                    .isCloseTo(expected.get("difficulty").asDouble(), within(TOLERANCE));
        }
    }

    private static void nextDifficulty(JsonNode set, SoftAssertions softly) {
        MemoryModel model = model(set, true);
        for (JsonNode v : set.get("next_difficulty")) {
            softly.assertThat(model.nextDifficulty(v.get("d").asDouble(), Rating.of(v.get("g").asInt())))
                    .as("next D for %s", v).isCloseTo(v.get("next_d").asDouble(), within(TOLERANCE));
        }
    }

    private static void recallStability(JsonNode set, SoftAssertions softly) {
        MemoryModel model = model(set, true);
        for (JsonNode v : set.get("recall_stability")) {
            double actual = model.recallStability(v.get("d").asDouble(), v.get("s").asDouble(), v.get("r").asDouble(),
                    Rating.of(v.get("g").asInt()));
            softly.assertThat(actual).as("recall S for %s", v).isCloseTo(v.get("s_recall").asDouble(), within(TOLERANCE));
        }
    }

    private static void forgetStability(JsonNode set, SoftAssertions softly) {
        MemoryModel on = model(set, true);
        MemoryModel off = model(set, false);
        for (JsonNode v : set.get("forget_stability")) {
            double d = v.get("d").asDouble();
            double s = v.get("s").asDouble();
            double r = v.get("r").asDouble();
            softly.assertThat(on.forgetStability(d, s, r)).as("forget S (raw) for %s", v)
                    .isCloseTo(v.get("s_forget_raw").asDouble(), within(TOLERANCE));
            softly.assertThat(on.stabilityAfterLapse(d, s, r)).as("S after Again, short-term on, for %s", v)
                    .isCloseTo(v.get("s_after_again_short_term_on").asDouble(), within(TOLERANCE));
            softly.assertThat(off.stabilityAfterLapse(d, s, r)).as("S after Again, short-term off, for %s", v)
                    .isCloseTo(v.get("s_after_again_short_term_off").asDouble(), within(TOLERANCE));
        }
    }

    private static void shortTermStability(JsonNode set, SoftAssertions softly) {
        MemoryModel model = model(set, true);
        for (JsonNode v : set.get("short_term_stability")) {
            softly.assertThat(model.sameDayStability(v.get("s").asDouble(), Rating.of(v.get("g").asInt())))
                    .as("same-day S for %s", v).isCloseTo(v.get("s_short_term").asDouble(), within(TOLERANCE));
        }
    }

    private static void nextState(JsonNode set, SoftAssertions softly) {
        MemoryModel on = model(set, true);
        MemoryModel off = model(set, false);
        for (JsonNode v : set.get("next_state")) {
            MemoryState before = new MemoryState(v.get("s").asDouble(), v.get("d").asDouble());
            long t = v.get("t").asLong();
            Rating g = Rating.of(v.get("g").asInt());
            softly.assertThat(on.curve().retrievability(t, before.stability())).as("R for %s", v)
                    .isCloseTo(v.get("r").asDouble(), within(TOLERANCE));
            assertMemory(softly, "short-term on, " + v, on.next(before, t, g), v.get("short_term_on"));
            assertMemory(softly, "short-term off, " + v, off.next(before, t, g), v.get("short_term_off"));
        }
    }

    private static void assertMemory(SoftAssertions softly, String what, MemoryState actual, JsonNode expected) {
        softly.assertThat(actual.stability()).as("S, %s", what)
                .isCloseTo(expected.get("stability").asDouble(), within(TOLERANCE));
        softly.assertThat(actual.difficulty()).as("D, %s", what)
                .isCloseTo(expected.get("difficulty").asDouble(), within(TOLERANCE));
    }

    private static void intervals(JsonNode set, SoftAssertions softly) {
        ForgettingCurve curve = model(set, true).curve();
        for (JsonNode v : set.get("intervals")) {
            double modifier = curve.intervalModifier(v.get("request_retention").asDouble());
            softly.assertThat(modifier).as("interval modifier for %s", v)
                    .isCloseTo(v.get("interval_modifier").asDouble(), within(TOLERANCE));
            Intervals intervals = new Intervals(modifier, 36500, false);
            softly.assertThat(intervals.next(v.get("s").asDouble(), null)).as("interval for %s", v)
                    .isEqualTo(v.get("next_interval").asInt());
        }
    }
}
