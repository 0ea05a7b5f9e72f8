package dev.gloss.schedule;

/** FSRS's memory of a card: stability S in days and difficulty D. Both 0 before the first review. */
record MemoryState(double stability, double difficulty) {
    static final MemoryState NONE = new MemoryState(0, 0);

    boolean isNone() {
        return stability == 0 && difficulty == 0;
    }
}
