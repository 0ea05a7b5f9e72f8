package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimizerTest {
    /** The target: fitted log loss no worse than fsrs-rs's on the same history + 0.001. */
    private static final double TOLERANCE = 0.001;
    private static final Map<String, ReferenceCase> CASES = new ConcurrentHashMap<>();

    private static ReferenceCase history(String name) {
        return CASES.computeIfAbsent(name,
                n -> n.equals("reference") ? ReferenceCase.reference() : ReferenceCase.history(n));
    }

    private static FitResult fit(ReferenceCase history, boolean shortTerm) {
        return Optimizer.fit(history.items(), FitOptions.defaults().withEnableShortTerm(shortTerm), ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0}, short-term {1}")
    @CsvSource({"reference, true", "reference, false", "history-b, true", "history-b, false",
            "history-c, true", "history-c, false"})
    void fittedLogLossIsWithinTargetOfFsrsRs(String name, boolean shortTerm) {
        ReferenceCase history = history(name);
        String set = "fitted_enable_short_term_" + shortTerm;
        double fsrsRs = Evaluator.evaluate(history.items(), history.parameters(set)).logLoss();
        assertThat(fsrsRs).isCloseTo(history.jsUnweighted(set, "log_loss"), within(1e-6));

        FitResult result = fit(history, shortTerm);

        assertThat(result.isFitted()).isTrue();
        assertThat(result.items()).isEqualTo(history.expectedItems());
        assertThat(result.fitted().logLoss()).isLessThanOrEqualTo(fsrsRs + TOLERANCE);
        assertThat(result.fitted().logLoss()).isLessThan(result.current().logLoss() - 0.004);
        assertThat(result.current()).isEqualTo(Evaluator.evaluate(history.items(), Parameters.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"reference", "history-b", "history-c"})
    void shortTermOffKeepsThePretrainedStabilitiesWhichMatchFsrsRs(String name) {
        ReferenceCase history = history(name);
        double[] fsrsRs = history.parameters("fitted_enable_short_term_false").toArray();

        double[] fitted = fit(history, false).parameters().toArray();

        for (int i = 0; i < 4; i++) {
            assertThat(fitted[i]).as("w%d", i).isCloseTo(fsrsRs[i], within(2e-7 * fsrsRs[i]));
        }
        assertThat(Arrays.copyOfRange(fitted, 17, 20)).containsExactly(0, 0, 0);
    }

    @Test
    void sameHistoryGivesBitIdenticalParameters() {
        ReferenceCase history = history("reference");
        FitResult first = fit(history, true);
        FitResult second = fit(history, true);
        assertThat(second.parameters().toArray()).isEqualTo(first.parameters().toArray());
        FitResult otherSeed = Optimizer.fit(history.items(), FitOptions.defaults().withSeed(7), ProgressListener.NONE);
        assertThat(otherSeed.parameters()).isNotEqualTo(first.parameters());
    }

    @Test
    void fittedParametersStayInTheirRanges() {
        double[] w = fit(history("history-c"), true).parameters().toArray();
        double[] clamped = w.clone();
        ParameterBounds.clamp(clamped, true, 1);
        assertThat(w).isEqualTo(clamped);
        assertThat(w[19]).isGreaterThanOrEqualTo(0.01);
    }

    @Test
    void tooLittleHistoryKeepsTheCurrentParameters() {
        List<Item> few = history("reference").items().subList(0, Optimizer.MINIMUM_ITEMS - 1);
        Parameters current = history("reference").parameters("ground_truth");

        FitResult result = Optimizer.fit(few, FitOptions.defaults().withCurrentParameters(current), ProgressListener.NONE);

        assertThat(result.status()).isEqualTo(FitResult.Status.NOT_ENOUGH_HISTORY);
        assertThat(result.parameters()).isEqualTo(current);
        assertThat(result.fitted()).isEqualTo(result.current());
        assertThat(result.items()).isEqualTo(Optimizer.MINIMUM_ITEMS - 1);
        assertThat(result.explanation()).contains("Not enough review history", "399", "400");
    }

    @Test
    void noHistoryAtAll() {
        FitResult result = Optimizer.fit(List.of(), FitOptions.defaults(), ProgressListener.NONE);
        assertThat(result.status()).isEqualTo(FitResult.Status.NOT_ENOUGH_HISTORY);
        assertThat(result.current().items()).isZero();
    }

    @Test
    void progressRunsFromZeroToTotal() {
        List<int[]> calls = new ArrayList<>();
        Optimizer.fit(history("reference").items(), FitOptions.defaults(), (done, total) -> calls.add(new int[] {done, total}));
        int total = calls.get(0)[1];
        assertThat(calls.get(0)[0]).isZero();
        assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
        assertThat(total).isPositive().isEqualTo(calls.size() - 1);
        assertThat(total % 5).as("steps per epoch times 5 epochs").isZero();
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isEqualTo(calls.get(i - 1)[0] + 1);
        }
    }
}
