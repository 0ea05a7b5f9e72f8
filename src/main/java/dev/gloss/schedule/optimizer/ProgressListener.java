package dev.gloss.schedule.optimizer;

/** Told how far fitting has got, e.g. to draw a progress bar. Called on the fitting thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {
    };

    /** @param done training steps finished so far, 0..total */
    void progress(int done, int total);
}
