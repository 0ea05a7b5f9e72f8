package dev.gloss.stats;

/**
 * Answers of one kind and rating within one quarter hour (UTC): the unit the store aggregates the review log
 * into. Every zone offset in use and every day-start hour fall on a quarter hour, so a group never straddles
 * a study day or a local hour.
 *
 * @param quarter     {@code reviewed_at / 900000}: quarter hours since the epoch
 * @param stateBefore the card's state before the answers (0..3)
 * @param rating      1 Again .. 4 Easy
 * @param mature      how many of the answers came at an interval before the answer of 21 days or more
 */
public record ReviewGroup(long quarter, int stateBefore, int rating, int reviews, long durationMs, int mature) {
    public static final long QUARTER_MS = 15 * 60 * 1000;

    public ReviewKind kind() {
        return ReviewKind.ofStateBefore(stateBefore);
    }

    public boolean again() {
        return rating == 1;
    }

    public long startMillis() {
        return quarter * QUARTER_MS;
    }
}
