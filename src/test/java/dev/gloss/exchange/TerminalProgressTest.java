package dev.gloss.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalProgressTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void quickWorkShowsNoBar() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HandClock clock = new HandClock();
        TerminalProgress progress = new TerminalProgress(new PrintStream(err, true, StandardCharsets.UTF_8), clock);

        progress.start("Reading", 100);
        progress.advance(100);
        progress.finish();

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void workThatRunsPastASecondShowsABarOnStderr() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HandClock clock = new HandClock();
        TerminalProgress progress = new TerminalProgress(new PrintStream(err, true, StandardCharsets.UTF_8), clock);

        progress.start("Reading big.apkg", 10_000);
        progress.advance(1_000);
        clock.now = clock.now.plus(Duration.ofMillis(1500));
        progress.advance(1_000);
        progress.finish();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Reading big.apkg");
    }
}
