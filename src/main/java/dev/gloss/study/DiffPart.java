package dev.gloss.study;

/**
 * One run of a character diff between a typed answer and the expected one.
 *
 * @param kind SAME: in both; EXTRA: typed but not expected; MISSING: expected but not typed
 */
public record DiffPart(Kind kind, String text) {
    public enum Kind { SAME, EXTRA, MISSING }
}
