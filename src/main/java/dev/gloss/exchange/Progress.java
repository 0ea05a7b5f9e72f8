package dev.gloss.exchange;

/** Tells the person at the terminal how far a long import has got. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void finish() {
        }
    };

    void start(String task, long total);

    void advance(long steps);

    void finish();
}
