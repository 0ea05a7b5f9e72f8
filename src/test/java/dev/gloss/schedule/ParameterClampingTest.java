package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Migration (17/19 → 21) and clamping of user weights, against ts-fsrs 5.4.2's parameters.w. */
class ParameterClampingTest {

    @Test
    void effectiveWeightsMatchTsFsrsForOutOfRangeAndOlderParameterLists() {
        JsonNode cases = VectorFiles.read("parameter-vectors.json").get("cases");
        SoftAssertions softly = new SoftAssertions();
        int index = 0;
        for (JsonNode c : cases) {
            List<String> relearning = new ArrayList<>();
            c.get("relearning_steps").forEach(step -> relearning.add(step.asText()));
            SchedulerConfig config = SchedulerConfig.defaults()
                    .withParameters(Parameters.of(VectorFiles.doubles(c.get("w_input"))));
            config = new SchedulerConfig(config.parameters(), 0.9, config.learningSteps(),
                    SchedulerConfig.parseSteps(String.join(" ", relearning)), 36500, false,
                    c.get("enable_short_term").asBoolean());
            softly.assertThat(new Fsrs(config).effectiveParameters().toArray()).as("case %d: %s", index, c)
                    .containsExactly(VectorFiles.doubles(c.get("w")));
            index++;
        }
        softly.assertAll();
        assertThat(index).isEqualTo(60);
    }

    @Test
    void moreThanOneRelearningStepCapsTheShortTermWeights() {
        double[] w = Parameters.defaults().toArray();
        w[17] = 2.5;
        w[18] = 1.7;
        double[] oneStep = ParameterLimits.clamp(w, 1, true);
        double[] threeSteps = ParameterLimits.clamp(w, 3, true);
        assertThat(oneStep[17]).isEqualTo(2.0);
        assertThat(oneStep[18]).isEqualTo(1.7);
        assertThat(threeSteps[17]).isEqualTo(0.49027301);
        assertThat(threeSteps[18]).isEqualTo(0.49027301);
    }

    @Test
    void shortTermSchedulingKeepsTheSameDayExponentAboveZero() {
        double[] w = Parameters.of(Parameters.defaults().toArray()).toArray();
        w[19] = 0;
        assertThat(ParameterLimits.clamp(w, 1, true)[19]).isEqualTo(0.01);
        assertThat(ParameterLimits.clamp(w, 1, false)[19]).isEqualTo(0.0);
    }
}
