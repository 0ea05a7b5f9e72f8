package dev.gloss.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The integer a card goes by in a review-log export (FSRS tools want integer card ids). Derived from the
 * deck name and the card's stable id, not from the row id, so the same card has the same number in every
 * collection it is imported into; below 2^53 so that JavaScript and pandas read it exactly.
 */
public final class CardNumbers {
    private static final long MASK = (1L << 53) - 1;

    private CardNumbers() {
    }

    public static long of(String deck, String uid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (deck.toLowerCase(Locale.ROOT) + '\u001f' + uid).getBytes(StandardCharsets.UTF_8));
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (hash[i] & 0xFF);
            }
            long number = n & MASK;
            return number == 0 ? 1 : number;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
