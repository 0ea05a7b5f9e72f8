package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aNewCollectionGetsTheBundledAiGlossary() throws Exception {
        CliRunner gloss = new CliRunner(dir.resolve("fresh/gloss.db")).now("2026-01-05T10:00:00Z");
        CliRunner.Result decks = gloss.run("decks", "--json");
        assertThat(decks.code()).isZero();
        JsonNode list = JSON.readTree(decks.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("AI Glossary");
        assertThat(list.get(0).get("new").asInt()).isEqualTo(20);
        assertThat(list.get(0).get("total").asInt()).isGreaterThanOrEqualTo(180);

        CliRunner.Result plain = gloss.run();
        assertThat(plain.out()).contains("AI Glossary").contains("gloss study");
    }

    @Test
    void theBundledDecksAreInstalledOnlyOnce() {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("decks");
        assertThat(gloss.runWithInput("\n3\n", "study", "--plain").code()).isZero();
        CliRunner.Result second = gloss.run("decks", "--json");
        assertThat(second.out()).contains("\"new\" : 19");
    }

    @Test
    void importingFirstMeansNoBundledDecks() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 3)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        assertThat(JSON.readTree(gloss.run("decks", "--json").out())).hasSize(1);
    }

    @Test
    void reimportingAnEditedDeckKeepsProgress() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 2)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        gloss.runWithInput("\n4\n", "study", "--plain");
        Files.writeString(deck, Files.readString(deck).replace("term number 1.", "term number one."));

        CliRunner.Result dry = gloss.run("import", "--dry-run", deck.toString());
        assertThat(dry.out()).startsWith("would import Words: 0 added, 1 updated, 1 unchanged, 0 removed\n  ~ c-")
                .endsWith("  Term 1\n");
        CliRunner.Result r = gloss.run("import", deck.toString());
        assertThat(r.out()).isEqualTo("imported Words: 0 added, 1 updated, 1 unchanged, 0 removed\n");

        JsonNode card = JSON.readTree(gloss.run("cards", "--json").out()).get(0);
        assertThat(card.get("back").asText()).isEqualTo("The meaning of term number one.");
        assertThat(card.get("state").asText()).isEqualTo("review");
        assertThat(card.get("changed").asBoolean()).isTrue();
    }

    @Test
    void cardsListsStateAsIsoInstantsInUtc() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 2)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        gloss.runWithInput("\n3\n", "study", "--plain");
        JsonNode card = JSON.readTree(gloss.run("cards", "Words", "--json").out()).get(0);
        assertThat(card.get("due").asText()).isEqualTo("2026-01-05T10:10:00Z");
        assertThat(card.get("last_review").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(card.get("stability").asDouble()).isEqualTo(2.3065);
        assertThat(card.get("difficulty").asDouble()).isEqualTo(2.11810397);
        assertThat(card.get("kind").asText()).isEqualTo("definition");
        assertThat(JSON.readTree(gloss.run("cards", "--due", "--json").out())).hasSize(1);
        assertThat(gloss.run("cards").out()).contains("c-").contains("learning").contains("Term 2");
    }

    @Test
    void configListsGetsSetsAndUnsets() {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        assertThat(gloss.run("config", "list").out())
                .contains("desired-retention  0.9  (default)")
                .contains("learning-steps     1m 10m  (default)")
                .contains("fuzz               on  (default)")
                .contains("day-start-hour     4  (default)")
                .contains("parameters         0.212, 1.2931");
        assertThat(gloss.run("config", "set", "learning-steps", "1m,10m,1d").out()).isEqualTo("learning-steps = 1m 10m 1d\n");
        assertThat(gloss.run("config", "get", "learning-steps").out()).isEqualTo("1m 10m 1d\n");
        assertThat(gloss.run("config", "set", "desired-retention", "0.85").code()).isZero();
        assertThat(gloss.run("config").out()).contains("desired-retention  0.85\n");
        assertThat(gloss.run("config", "unset", "desired-retention").out()).isEqualTo("desired-retention = 0.9  (default)\n");
    }

    @Test
    void deckSettingsOverrideGlobalOnes() throws Exception {
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 30)));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("import", deck.toString());
        assertThat(gloss.run("config", "--deck", "words", "set", "new-per-day", "5").out())
                .isEqualTo("new-per-day = 5  (deck Words)\n");
        assertThat(JSON.readTree(gloss.run("decks", "--json").out()).get(0).get("new").asInt()).isEqualTo(5);
        assertThat(gloss.run("config", "get", "new-per-day").out()).isEqualTo("20\n");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db"));
        CliRunner.Result help = gloss.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("study").contains("decks").contains("cards").contains("import").contains("config");
        assertThat(gloss.run("--version").out()).startsWith("gloss ");
        assertThat(gloss.run("study", "--help").out()).contains("--plain");
    }

    @Test
    void doctorChecksTheCollection() throws Exception {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        gloss.run("decks");
        CliRunner.Result r = gloss.run("doctor", "--json");
        assertThat(r.code()).isZero();
        JsonNode health = JSON.readTree(r.out());
        assertThat(health.get("ok").asBoolean()).isTrue();
        assertThat(health.get("decks").asInt()).isEqualTo(1);
        assertThat(health.get("journal_mode").asText()).isEqualTo("wal");
        assertThat(gloss.run("doctor").out()).contains("Integrity:   ok");
    }
}
