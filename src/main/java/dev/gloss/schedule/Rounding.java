package dev.gloss.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two decimal roundings ts-fsrs uses; reproducing them exactly keeps us bit-identical with it. */
final class Rounding {
    private Rounding() {
    }

    /**
     * ts-fsrs's {@code roundTo(x, 8)}: {@code Math.round(x * 1e8) / 1e8}. Java's {@code Math.round} rounds
     * halves up like JavaScript's, and the multiplication and division are the same IEEE operations.
     */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    /**
     * JavaScript's {@code +x.toFixed(8)}: rounds the exact binary value (not x·1e8) to 8 decimals, halves
     * away from zero, then reads the decimal back. ts-fsrs uses it when migrating FSRS-4.5 weights.
     */
    static double toFixed8(double x) {
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }
}
