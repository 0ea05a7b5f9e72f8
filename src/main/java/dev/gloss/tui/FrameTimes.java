package dev.gloss.tui;

import java.util.ArrayList;
import java.util.List;

/** How long frames take: the first one, and each from a key press to the frame drawn after it. */
final class FrameTimes {
    private long firstFrameNanos = -1;
    private final List<Long> keyToFrameNanos = new ArrayList<>();

    void firstFrame(long nanoTime) {
        if (firstFrameNanos < 0) {
            firstFrameNanos = nanoTime;
        }
    }

    void keyToFrame(long nanos) {
        keyToFrameNanos.add(nanos);
    }

    /** The nano time of the first frame, or -1 before it. */
    long firstFrameNanos() {
        return firstFrameNanos;
    }

    List<Long> keyToFrameNanos() {
        return List.copyOf(keyToFrameNanos);
    }
}
