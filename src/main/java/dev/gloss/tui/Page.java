package dev.gloss.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One full-screen page: it draws itself and says which page a key leads to. */
interface Page {

    /** The page that follows {@code key}: this one, another, or {@link #EXIT}. */
    Page onKey(KeyStroke key);

    /** Draws the page on a cleared canvas at least {@link FullScreen#MIN_COLUMNS} by {@link FullScreen#MIN_ROWS}. */
    void draw(Canvas canvas);

    /**
     * Slow work the frame just drawn announced (e.g. "Computing…"), done once no key is waiting, so that a key
     * pressed meanwhile is answered first and may make the work moot. Returns true when there was some: the page
     * is drawn again.
     */
    default boolean doPendingWork() {
        return false;
    }

    /** Leaves the full-screen UI. */
    Page EXIT = new Page() {
        @Override
        public Page onKey(KeyStroke key) {
            return this;
        }

        @Override
        public void draw(Canvas canvas) {
        }

        @Override
        public String toString() {
            return "EXIT";
        }
    };
}
