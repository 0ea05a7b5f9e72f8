package dev.gloss.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Replays every review of the ts-fsrs 5.4.2 scheduler vectors (fuzz off) and compares card by card. */
class FsrsVectorsTest {
    private static final double TOLERANCE = 1e-8;
    private static final StudyCalendar UTC_DAYS = StudyCalendar.utcMidnight();

    @Test
    void everyConfigReproducesTheEffectiveWeightsOfTsFsrs() {
        JsonNode configs = VectorFiles.read("scheduler-vectors.json").get("configs");
        configs.properties().forEach(entry -> {
            Fsrs fsrs = new Fsrs(VectorFiles.config(entry.getValue()));
            assertThat(fsrs.effectiveParameters().toArray())
                    .as("effective weights of config %s", entry.getKey())
                    .containsExactly(VectorFiles.doubles(entry.getValue().get("w")));
        });
    }

    @Test
    void everyReviewOfEveryCaseMatchesTsFsrs() {
        JsonNode vectors = VectorFiles.read("scheduler-vectors.json");
        Map<String, Fsrs> schedulers = new HashMap<>();
        vectors.get("configs").properties().forEach(
                entry -> schedulers.put(entry.getKey(), new Fsrs(VectorFiles.config(entry.getValue()))));

        int cases = 0;
        int reviews = 0;
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode testCase : vectors.get("cases")) {
            String id = testCase.get("id").asText();
            Fsrs fsrs = schedulers.get(testCase.get("config").asText());
            assertThat(fsrs).as("config of case %s", id).isNotNull();
            CardSchedule card = VectorFiles.card(testCase.get("start"));
            int index = 0;
            for (JsonNode step : testCase.get("steps")) {
                String where = "case " + id + " step " + index;
                Instant reviewAt = Instant.parse(step.get("review_at").asText());
                long elapsedDays = step.get("elapsed_days").asLong();
                if (card.state() != State.NEW) {
                    softly.assertThat(UTC_DAYS.daysBetween(card.lastReview(), reviewAt))
                            .as("%s: study days since the last review", where).isEqualTo(elapsedDays);
                }
                CardSchedule actual = fsrs.next(card, Rating.of(step.get("rating").asInt()), reviewAt, elapsedDays);
                CardSchedule expected = VectorFiles.card(step.get("card"));
                assertSameCard(softly, where, actual, expected);
                card = expected; // continue from the vector's card so one mismatch does not cascade
                reviews++;
                index++;
            }
            cases++;
        }
        softly.assertAll();
        assertThat(cases).as("cases replayed").isEqualTo(vectors.get("counts").get("cases").asInt()).isEqualTo(340);
        assertThat(reviews).as("reviews replayed").isEqualTo(vectors.get("counts").get("reviews").asInt())
                .isEqualTo(2986);
    }

    static void assertSameCard(SoftAssertions softly, String where, CardSchedule actual, CardSchedule expected) {
        softly.assertThat(actual.state()).as("%s: state", where).isEqualTo(expected.state());
        softly.assertThat(actual.due()).as("%s: due", where).isEqualTo(expected.due());
        softly.assertThat(actual.scheduledDays()).as("%s: scheduled days", where).isEqualTo(expected.scheduledDays());
        softly.assertThat(actual.learningStep()).as("%s: learning step", where).isEqualTo(expected.learningStep());
        softly.assertThat(actual.reps()).as("%s: reps", where).isEqualTo(expected.reps());
        softly.assertThat(actual.lapses()).as("%s: lapses", where).isEqualTo(expected.lapses());
        softly.assertThat(actual.lastReview()).as("%s: last review", where).isEqualTo(expected.lastReview());
        softly.assertThat(actual.stability()).as("%s: stability", where)
                .isCloseTo(expected.stability(), within(TOLERANCE));
        softly.assertThat(actual.difficulty()).as("%s: difficulty", where)
                .isCloseTo(expected.difficulty(), within(TOLERANCE));
    }
}
