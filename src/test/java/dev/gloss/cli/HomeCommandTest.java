package dev.gloss.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain {@code gloss} without a terminal, or with --plain, prints today's decks instead of the full-screen home. */
class HomeCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutATerminalOrWithPlainTheDecksArePrinted() {
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        CliRunner.Result piped = gloss.run();
        assertThat(piped.code()).isZero();
        assertThat(piped.out()).contains("AI Glossary", "New  Learn    Due  Total", "Study:   gloss study [DECK]");
        CliRunner.Result plain = gloss.run("--plain");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).isEqualTo(piped.out());
    }

    @Test
    void theHelpMentionsTheModesAndTheLineMode() {
        CliRunner.Result help = new CliRunner(dir.resolve("gloss.db")).run("study", "--help");
        assertThat(help.out()).contains("--mode=MODE", "flip", "type", "choice", "mixed", "--plain");
    }
}
