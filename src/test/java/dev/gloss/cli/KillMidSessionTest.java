package dev.gloss.cli;

import dev.gloss.deck.TestDecks;
import dev.gloss.exchange.DeckJson;
import dev.gloss.store.CardInfo;
import dev.gloss.store.CardStore;
import dev.gloss.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A study process killed with SIGKILL mid-session keeps every answer it had accepted. */
class KillMidSessionTest {
    @TempDir
    Path dir;

    @Test
    void killingTheProcessLosesNoRatedAnswer() throws Exception {
        Path db = dir.resolve("gloss.db");
        Path deck = dir.resolve("words.json");
        Files.writeString(deck, DeckJson.toJson(TestDecks.terms("Words", 10)));
        assertThat(new CliRunner(db).now("2026-01-05T10:00:00Z").run("import", deck.toString()).code()).isZero();

        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "dev.gloss.Main", "study", "--plain");
        pb.environment().put("GLOSS_DB", db.toString());
        pb.environment().put("GLOSS_NOW", "2026-01-05T10:00:00Z");
        pb.environment().put("TZ", "UTC");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (int answered = 0; answered < 3; answered++) {
                awaitLineStarting(out, "Q: Term " + (answered + 1));
                in.write("\n4\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            // the fourth card is on screen: the first three answers were accepted
            awaitLineStarting(out, "Q: Term 4");
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        try (Database after = Database.open(db)) {
            List<CardInfo> cards = new CardStore(after).list(null, null);
            assertThat(cards.subList(0, 3)).allSatisfy(c -> assertThat(c.schedule().reps()).isEqualTo(1));
            assertThat(cards.subList(3, 10)).allSatisfy(c -> assertThat(c.schedule().reps()).isZero());
        }
    }

    private static void awaitLineStarting(BufferedReader out, String prefix) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix) || line.contains(prefix)) {
                return;
            }
        }
        throw new AssertionError("the process ended before printing '" + prefix + "'");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
