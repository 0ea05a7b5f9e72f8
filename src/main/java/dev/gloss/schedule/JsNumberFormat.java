package dev.gloss.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double as JavaScript's {@code String(x)} writes it: the fewest significant digits that read back as
 * the same double (the closest such digits if several), plain notation for 1e-7 ≤ |x| < 1e21 and
 * {@code 1.5e+21} / {@code 1e-7} style otherwise. ts-fsrs builds the fuzz seed from such a string, and
 * Java's {@code Double.toString} sometimes gives more digits (and always another layout).
 */
final class JsNumberFormat {
    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    private JsNumberFormat() {
    }

    static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0"; // also for -0, as in JavaScript
        }
        if (x < 0) {
            return "-" + format(-x);
        }
        if (Double.isInfinite(x)) {
            return "Infinity";
        }
        BigDecimal shortest = shortestRoundTrip(x).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // x = 0.d1d2...dk × 10^n
        return layout(digits, k, n);
    }

    private static BigDecimal shortestRoundTrip(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (readsBackAs(nearest, x)) {
                return nearest;
            }
            // Next to a power of two the round-trip interval is lopsided: the nearest candidate can
            // fall outside it while the one on the other side of x is still inside.
            BigDecimal other = nearest.compareTo(exact) < 0
                    ? exact.round(new MathContext(precision, RoundingMode.CEILING))
                    : exact.round(new MathContext(precision, RoundingMode.FLOOR));
            if (readsBackAs(other, x)) {
                return other;
            }
        }
        throw new AssertionError("17 significant digits always identify a double: " + x);
    }

    private static boolean readsBackAs(BigDecimal decimal, double x) {
        return Double.parseDouble(decimal.toString()) == x;
    }

    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }
}
