package dev.gloss.stats;

/**
 * The answers to cards in one state within one quarter hour (UTC): the unit the store aggregates the review log
 * into. Every zone offset in use and every day-start hour fall on a quarter hour, so a group never straddles a
 * study day or a local hour.
 *
 * @param quarter     {@code reviewed_at / 900000}: quarter hours since the epoch
 * @param stateBefore the cards' state before the answers (0..3)
 * @param again       answers rated Again
 * @param mature      answers given at an interval before the answer of 21 days or more
 * @param matureAgain of those, the ones rated Again
 */
public record ReviewGroup(long quarter, int stateBefore, int reviews, int again, long durationMs, int mature,
                          int matureAgain) {
    public static final long QUARTER_MS = 15 * 60 * 1000;

    public ReviewKind kind() {
        return ReviewKind.ofStateBefore(stateBefore);
    }

    public long startMillis() {
        return quarter * QUARTER_MS;
    }
}
