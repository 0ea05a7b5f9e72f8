package dev.gloss.schedule.optimizer;

import dev.gloss.schedule.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {
    private static ReferenceCase reference;

    @BeforeAll
    static void load() {
        reference = ReferenceCase.reference();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fsrs6_default", "ground_truth", "fitted_enable_short_term_true",
            "fitted_enable_short_term_false"})
    void metricsEqualTheReferenceUnweightedValues(String set) {
        Evaluation evaluation = Evaluator.evaluate(reference.items(), reference.parameters(set));

        assertThat(evaluation.items()).isEqualTo(11476);
        assertThat(evaluation.logLoss()).isCloseTo(reference.jsUnweighted(set, "log_loss"), within(1e-6));
        assertThat(evaluation.rmseBins()).isCloseTo(reference.jsUnweighted(set, "rmse_bins"), within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fsrs6_default"})
    void defaultsAreTheSchedulersDefaults(String set) {
        assertThat(reference.parameters(set)).isEqualTo(Parameters.defaults());
    }
}
