package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scripted plain sessions, checked against what ts-fsrs computes for the same answers at the same instants. */
class PlainSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "fuzz {0}")
    @ValueSource(strings = {"off", "on"})
    void threeSessionsLeaveEveryCardAsTsFsrsComputesIt(String fuzz) throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 4)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T09:00:00Z");
        assertThat(gloss.run("import", deck.toString()).code()).isZero();
        assertThat(gloss.run("config", "set", "fuzz", fuzz).code()).isZero();

        // Term 1..4 rated 3, 1, 4, 2; then the learning cards as they come back: Term 2, Term 4, Term 1, Term 2, Term 4
        CliRunner.Result a = gloss.now("2026-01-05T10:00:00Z")
                .runWithInput("\n3\n\n1\n\n4\n\n2\n\n3\n\n3\n\n3\n\n3\n\n3\n", "study", "--plain");
        assertThat(a.code()).isZero();
        assertThat(a.out()).contains("Session over: 9 cards");
        // Term 2 and Term 4 (due yesterday) then Term 1, rated 3, 1, 4; Term 4 lapsed and comes back from relearning
        CliRunner.Result b = gloss.now("2026-01-07T09:00:00Z").runWithInput("\n3\n\n1\n\n4\n\n3\n", "study", "--plain");
        assertThat(b.out()).contains("Session over: 4 cards");
        // every card due that day is rated Good
        CliRunner.Result c = gloss.now("2026-01-20T12:00:00Z").runWithInput("\n3\n".repeat(6), "study", "--plain");
        assertThat(c.out()).contains("Session over: "
                + expected().get("fuzz_" + fuzz).get("reviewed_in_session_c").asInt() + " cards");

        JsonNode expected = expected().get("fuzz_" + fuzz).get("cards");
        Map<String, JsonNode> actual = new HashMap<>();
        for (JsonNode card : JSON.readTree(gloss.run("cards", "--json").out())) {
            actual.put(card.get("front").asText(), card);
        }
        assertThat(actual).hasSize(4);
        expected.fields().forEachRemaining(e -> {
            JsonNode want = e.getValue();
            JsonNode got = actual.get(e.getKey());
            String card = e.getKey();
            assertThat(got.get("state_code").asInt()).as(card + " state").isEqualTo(want.get("state").asInt());
            assertThat(Instant.parse(got.get("due").asText())).as(card + " due")
                    .isEqualTo(Instant.parse(want.get("due").asText()));
            assertThat(Instant.parse(got.get("last_review").asText())).as(card + " last review")
                    .isEqualTo(Instant.parse(want.get("last_review").asText()));
            assertThat(got.get("stability").asDouble()).as(card + " stability")
                    .isCloseTo(want.get("stability").asDouble(), within(1e-8));
            assertThat(got.get("difficulty").asDouble()).as(card + " difficulty")
                    .isCloseTo(want.get("difficulty").asDouble(), within(1e-8));
            for (String field : new String[]{"scheduled_days", "learning_steps", "reps", "lapses"}) {
                assertThat(got.get(field).asInt()).as(card + " " + field).isEqualTo(want.get(field).asInt());
            }
        });
    }

    @Test
    void endOfInputEndsTheSessionCleanlyKeepingEveryAnswer() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 5)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        CliRunner.Result r = gloss.runWithInput("\n3\n\n4\n\n", "study", "--plain");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Session over: 2 cards, 100% correct");
        JsonNode cards = JSON.readTree(gloss.run("cards", "--json").out());
        assertThat(cards.get(0).get("reps").asInt()).isEqualTo(1);
        assertThat(cards.get(1).get("reps").asInt()).isEqualTo(1);
        assertThat(cards.get(2).get("reps").asInt()).isZero();
    }

    @Test
    void undoSkipAndQuitWorkFromTheLineProtocol() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 3)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        CliRunner.Result r = gloss.runWithInput("\n4\nu\n\n3\ns\n\n2\nq\n", "study", "--plain");
        assertThat(r.out()).contains("Undone: the last answer to \"Term 1\" is taken back.");
        assertThat(r.out()).contains("Session over: 2 cards");
        JsonNode cards = JSON.readTree(gloss.run("cards", "--json").out());
        assertThat(cards.get(0).get("state").asText()).isEqualTo("learning"); // Good after the undone Easy
        assertThat(cards.get(1).get("reps").asInt()).isZero(); // skipped
        assertThat(cards.get(2).get("state").asText()).isEqualTo("learning"); // Hard
    }

    @Test
    void anUnknownAnswerAsksAgainAndAnswersCanBeGivenWithTheReveal() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 1)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        CliRunner.Result r = gloss.runWithInput("\n7\n4\n", "study", "--plain");
        assertThat(r.out()).contains("Type 1 Again, 2 Hard, 3 Good, 4 Easy");
        assertThat(r.out()).contains("Session over: 1 card, 100% correct");
        CliRunner.Result direct = gloss.now("2026-01-20T10:00:00Z").runWithInput("3\n", "study", "--plain");
        assertThat(direct.out()).contains("Session over: 1 card");
    }

    @Test
    void nothingDueSaysSoAndExitsZero() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 1)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        gloss.runWithInput("\n4\n", "study", "--plain");
        CliRunner.Result r = gloss.runWithInput("", "study", "--plain", "Words");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Nothing to study in Words right now.");
    }

    private static JsonNode expected() throws Exception {
        try (InputStream in = PlainSessionTest.class.getResourceAsStream("/e2e/ts-fsrs-session.json")) {
            return JSON.readTree(in);
        }
    }
}
