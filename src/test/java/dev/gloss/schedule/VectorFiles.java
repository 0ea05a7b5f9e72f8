package dev.gloss.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the ts-fsrs vector files under src/test/resources/fsrs into our types. */
final class VectorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorFiles() {
    }

    static JsonNode read(String name) {
        try (InputStream in = VectorFiles.class.getResourceAsStream("/fsrs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fsrs/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ts-fsrs config object, with its weights passed through {@link Parameters#of} as given. */
    static SchedulerConfig config(JsonNode config) {
        return new SchedulerConfig(Parameters.of(doubles(config.get("w_input"))),
                config.get("request_retention").asDouble(), steps(config.get("learning_steps")),
                steps(config.get("relearning_steps")), config.get("maximum_interval").asInt(),
                config.get("enable_fuzz").asBoolean(), config.get("enable_short_term").asBoolean());
    }

    static CardSchedule card(JsonNode card) {
        JsonNode lastReview = card.get("last_review");
        return new CardSchedule(State.of(card.get("state").asInt()), card.get("stability").asDouble(),
                card.get("difficulty").asDouble(), Instant.parse(card.get("due").asText()),
                lastReview == null || lastReview.isNull() ? null : Instant.parse(lastReview.asText()),
                card.get("scheduled_days").asInt(), card.get("learning_steps").asInt(), card.get("reps").asInt(),
                card.get("lapses").asInt());
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static List<Duration> steps(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(step -> parts.add(step.asText()));
        return SchedulerConfig.parseSteps(String.join(" ", parts));
    }
}
