package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.deck.TestDecks;
import dev.gloss.schedule.Rating;
import dev.gloss.store.Database;
import dev.gloss.store.DeckSaver;
import dev.gloss.store.SqliteStudyStore;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OptimizeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anExternalReviewLogIsEvaluatedExactlyLikeTheReference() throws Exception {
        Path csv = dir.resolve("revlog.csv");
        try (InputStream in = getClass().getResourceAsStream("/optimizer/reference-revlog.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        CliRunner.Result r = new CliRunner(dir.resolve("gloss.db")).run("optimize", "--revlog", csv.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("items").asInt()).isEqualTo(11476);
        // fsrs6_default.js_unweighted of optimizer-case.json
        assertThat(out.at("/current/log_loss").asDouble()).isCloseTo(0.4242255198489163, within(1e-6));
        assertThat(out.at("/current/rmse_bins").asDouble()).isCloseTo(0.04373117253201737, within(1e-6));
        // fsrs-rs fitted, enable_short_term true: 0.4187382746724104 (+ 0.001 allowed)
        assertThat(out.at("/fitted/log_loss").asDouble()).isLessThan(0.4187382746724104 + 0.001);
        assertThat(out.at("/fitted/parameters")).hasSize(21);
        assertThat(out.get("applied").asBoolean()).isFalse();
    }

    @Test
    void tooLittleHistoryIsSaidPlainlyAndKeepsTheParameters() {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.runWithInput("\n3\n\n3\n", "study", "--plain");
        CliRunner.Result r = gloss.run("optimize", "--apply");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Not enough review history to fit parameters reliably").contains("keeping the current parameters");
        assertThat(gloss.run("config", "get", "parameters").out()).startsWith("0.212, 1.2931, 2.3065");
    }

    @Test
    void applyStoresFittedParametersForTheDeckAndUnsetRestoresTheDefaults() {
        Path db = dir.resolve("gloss.db");
        simulateHistory(db, 120, 60);
        CliRunner gloss = new CliRunner(db).now("2026-04-10T10:00:00Z");

        CliRunner.Result r = gloss.run("optimize", "Words", "--apply");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("fitted").contains("Applied for deck Words");
        String deckParameters = gloss.run("config", "--deck", "Words", "get", "parameters").out();
        assertThat(deckParameters).doesNotStartWith("0.212, 1.2931, 2.3065, 8.2956");
        assertThat(gloss.run("config", "get", "parameters").out()).startsWith("0.212, 1.2931, 2.3065, 8.2956");
        gloss.run("config", "--deck", "Words", "unset", "parameters");
        assertThat(gloss.run("config", "--deck", "Words", "get", "parameters").out()).startsWith("0.212, 1.2931");
    }

    @Test
    void revlogAndApplyDoNotMix() {
        CliRunner.Result r = new CliRunner(dir.resolve("gloss.db")).run("optimize", "--revlog", "x.csv", "--apply");
        assertThat(r.code()).isEqualTo(2);
    }

    /** A learner studying {@code cards} cards every day for {@code days} days, recalling about 85% of the time. */
    private static void simulateHistory(Path file, int cards, int days) {
        Random random = new Random(7);
        Instant start = Instant.parse("2026-01-05T10:00:00Z");
        try (Database db = Database.open(file)) {
            new DeckSaver(db).save(TestDecks.terms("Words", cards), start, false);
            for (int day = 0; day < days; day++) {
                Instant now = start.plus(Duration.ofDays(day));
                StudySession s = StudySession.open(new SqliteStudyStore(db), Clock.fixed(now, ZoneOffset.UTC),
                        ZoneOffset.UTC, SessionOptions.all());
                int answers = 0;
                while (s.current().isPresent() && answers++ < 200) {
                    Rating rating = random.nextDouble() < 0.15 ? Rating.AGAIN
                            : random.nextDouble() < 0.8 ? Rating.GOOD : Rating.HARD;
                    s.answer(rating, Duration.ofSeconds(5));
                }
            }
        }
    }
}
