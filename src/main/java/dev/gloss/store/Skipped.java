package dev.gloss.store;

/** Things an import left out, with why: "2 (empty cards)". */
public record Skipped(int count, String reason) {
    public Skipped {
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative");
        }
    }
}
