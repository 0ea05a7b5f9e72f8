package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Replays fuzz-on reviews generated with the real ts-fsrs 5.4.2 (see src/test/resources/fsrs/README.md):
 * the seed string, every preview outcome and the answered card must match exactly.
 */
class FsrsFuzzTest {
    private static final int CASES = 84;
    private static final int REVIEWS = 771;

    @Test
    void fuzzedReviewsMatchTsFsrsExactly() {
        JsonNode vectors = VectorFiles.read("fuzz-vectors.json");
        Map<String, Fsrs> schedulers = new HashMap<>();
        vectors.get("configs").properties().forEach(entry -> {
            SchedulerConfig config = VectorFiles.config(entry.getValue());
            assertThat(config.fuzz()).as("config %s has fuzz on", entry.getKey()).isTrue();
            Fsrs fsrs = new Fsrs(config);
            assertThat(fsrs.effectiveParameters().toArray()).as("effective weights of %s", entry.getKey())
                    .containsExactly(VectorFiles.doubles(entry.getValue().get("w")));
            schedulers.put(entry.getKey(), fsrs);
        });

        int cases = 0;
        int reviews = 0;
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode testCase : vectors.get("cases")) {
            Fsrs fsrs = schedulers.get(testCase.get("config").asText());
            CardSchedule card = VectorFiles.card(testCase.get("start"));
            int index = 0;
            for (JsonNode step : testCase.get("steps")) {
                String where = "case " + testCase.get("id").asText() + " step " + index;
                Instant reviewAt = Instant.parse(step.get("review_at").asText());
                long elapsedDays = step.get("elapsed_days").asLong();
                Review review = new Review(card, reviewAt, elapsedDays);
                softly.assertThat(review.fuzzSeed()).as("%s: fuzz seed", where)
                        .isEqualTo(step.get("fuzz_seed").asText());

                Map<Rating, CardSchedule> preview = fsrs.preview(card, reviewAt, elapsedDays);
                for (Rating rating : Rating.values()) {
                    int i = rating.value() - 1;
                    softly.assertThat(preview.get(rating).scheduledDays()).as("%s: preview %s days", where, rating)
                            .isEqualTo(step.get("preview_scheduled_days").get(i).asInt());
                    softly.assertThat(preview.get(rating).due()).as("%s: preview %s due", where, rating)
                            .isEqualTo(Instant.parse(step.get("preview_due").get(i).asText()));
                }

                CardSchedule expected = VectorFiles.card(step.get("card"));
                CardSchedule actual = fsrs.next(card, Rating.of(step.get("rating").asInt()), reviewAt, elapsedDays);
                softly.assertThat(actual).as("%s: card", where).isEqualTo(expected);
                card = expected;
                reviews++;
                index++;
            }
            cases++;
        }
        softly.assertAll();
        assertThat(cases).as("cases replayed").isEqualTo(vectors.get("counts").get("cases").asInt()).isEqualTo(CASES);
        assertThat(reviews).as("reviews replayed").isEqualTo(vectors.get("counts").get("reviews").asInt())
                .isEqualTo(REVIEWS);
    }
}
