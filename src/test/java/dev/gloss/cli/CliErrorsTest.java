package dev.gloss.cli;

import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: one sentence on stderr, exit 1, the collection exactly as it was; usage errors exit 2. */
class CliErrorsTest {
    @TempDir
    Path dir;
    Path db;
    CliRunner gloss;

    @BeforeEach
    void collectionWithOneDeck() throws Exception {
        db = dir.resolve("gloss.db");
        gloss = new CliRunner(db).now("2026-01-05T10:00:00Z");
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 3)));
        assertThat(gloss.run("import", deck.toString()).code()).isZero();
    }

    @Test
    void malformedJsonNamesFileLineAndColumnAndChangesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gloss-deck/1\",\n \"name\": }\n");
        byte[] before = Files.readAllBytes(db);

        CliRunner.Result r = gloss.run("import", bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("gloss: " + bad + ": malformed JSON at line 2, column 10");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aBadFileAmongGoodOnesImportsNothing() throws Exception {
        Path good = dir.resolve("more.json");
        Files.writeString(good, DeckJson.toJson(TestDecks.terms("More", 2)));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gloss-deck/1\", \"name\": \"Bad\", \"cards\": [{\"id\": \"x\"}]}");
        byte[] before = Files.readAllBytes(db);

        CliRunner.Result r = gloss.run("import", good.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("card 1 (x): field 'kind' is missing");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsNamed() {
        CliRunner.Result r = gloss.run("import", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gloss: " + dir.resolve("nope.json") + ": no such file\n");
    }

    @Test
    void anUnknownDeckIsNamedAndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(db);
        CliRunner.Result r = gloss.runWithInput("", "study", "--plain", "Nope");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gloss: no deck named 'Nope' (decks: Words)\n");
        assertThat(gloss.run("cards", "Nope").code()).isEqualTo(1);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "just text, not sqlite ".repeat(50));
        CliRunner.Result r = new CliRunner(notDb).run("decks");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gloss: " + notDb + " is not a Gloss database (not an SQLite file)\n");
    }

    @Test
    void usageErrorsExitTwoWithHelp() {
        CliRunner.Result unknown = gloss.run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument").contains("Usage: gloss");
        CliRunner.Result badOption = gloss.run("decks", "--colour");
        assertThat(badOption.code()).isEqualTo(2);
        CliRunner.Result badNumber = gloss.run("study", "--plain", "--new", "lots");
        assertThat(badNumber.code()).isEqualTo(2);
    }

    @Test
    void invalidSettingsAreRefusedWithTheValidRange() {
        CliRunner.Result r = gloss.run("config", "set", "desired-retention", "1.5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("desired-retention").contains("0.70 to 0.99");
        assertThat(gloss.run("config", "set", "day-start-hour", "25").err()).contains("0 to 23");
        assertThat(gloss.run("config", "set", "learning-steps", "1x").err()).contains("'1x'");
        assertThat(gloss.run("config", "set", "fuzz", "maybe").err()).contains("on or off");
        assertThat(gloss.run("config", "get", "colour").err()).contains("unknown setting 'colour'");
    }

    @Test
    void aBadClockIsNamed() {
        CliRunner.Result r = gloss.now("yesterday").run("decks");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("GLOSS_NOW='yesterday' is not an ISO-8601 instant");
    }
}
