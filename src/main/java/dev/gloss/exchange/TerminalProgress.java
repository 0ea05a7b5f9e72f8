package dev.gloss.exchange;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress bar on stderr (safe to advance from several threads) for work that turns out to be long: it appears only once a task has run for a
 * second, so quick imports print nothing but their summary. Never used while a full-screen UI owns the terminal.
 */
public final class TerminalProgress implements Progress {
    private static final Duration SHOW_AFTER = Duration.ofSeconds(1);
    private static final int WIDTH = 80;

    private final PrintStream err;
    private final Clock clock;
    private String task;
    private long total;
    private long done;
    private Instant started;
    private ProgressBar bar;

    public TerminalProgress(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void start(String task, long total) {
        finish();
        this.task = task;
        this.total = total;
        this.done = 0;
        this.started = clock.instant();
    }

    @Override
    public synchronized void advance(long steps) {
        if (started == null) {
            return;
        }
        done += steps;
        if (bar == null && done < total && Duration.between(started, clock.instant()).compareTo(SHOW_AFTER) >= 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err, WIDTH))
                    .setUpdateIntervalMillis(200)
                    .clearDisplayOnFinish()
                    .build();
            bar.stepTo(done);
        } else if (bar != null) {
            bar.stepBy(steps);
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        started = null;
    }
}
