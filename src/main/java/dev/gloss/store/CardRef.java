package dev.gloss.store;

/** How an imported review names its card. */
public sealed interface CardRef {
    /** By stable id within a deck, or in any deck when {@code global}. */
    record ByUid(String deck, String uid, boolean global) implements CardRef {
    }

    /** By the integer a review-log export gave the card (see {@link CardNumbers}). */
    record ByNumber(long number) implements CardRef {
    }
}
