package dev.gloss.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr, only when a person is watching a terminal (never in pipes or tests). */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar that shows nothing when stdout is not a terminal; close it when the work is done. */
    static Bar start(Io io, String task, long total) {
        if (!io.terminal() || total <= 0) {
            return new Bar(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).continuousUpdate().build();
        return new Bar(bar);
    }

    static final class Bar implements AutoCloseable {
        private final ProgressBar bar;

        private Bar(ProgressBar bar) {
            this.bar = bar;
        }

        void stepTo(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        void maxHint(long total) {
            if (bar != null) {
                bar.maxHint(total);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
