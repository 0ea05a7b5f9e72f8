package dev.gloss.schedule;

/**
 * Johannes Baagøe's Alea generator seeded from a string, as ts-fsrs uses it for the fuzz. It is written
 * for JavaScript numbers, so the arithmetic here stays in doubles and the {@code >>> 0} / {@code | 0}
 * conversions are spelled out; only the first output is ever needed.
 */
final class AleaRandom {
    private static final double TWO_POW_32 = 4294967296.0;
    private static final double TWO_POW_MINUS_32 = 1.0 / TWO_POW_32;

    private double s0;
    private double s1;
    private double s2;
    private double carry = 1;

    AleaRandom(String seed) {
        Mash mash = new Mash();
        s0 = mash.hash(" ");
        s1 = mash.hash(" ");
        s2 = mash.hash(" ");
        s0 = wrapBelowZero(s0 - mash.hash(seed));
        s1 = wrapBelowZero(s1 - mash.hash(seed));
        s2 = wrapBelowZero(s2 - mash.hash(seed));
    }

    /** The next number in [0, 1). */
    double nextDouble() {
        double t = 2091639 * s0 + carry * TWO_POW_MINUS_32;
        s0 = s1;
        s1 = s2;
        carry = toInt32(t);
        s2 = t - carry;
        return s2;
    }

    private static double wrapBelowZero(double s) {
        return s < 0 ? s + 1 : s;
    }

    /** Alea's string hash; its running state carries over from one call to the next. */
    private static final class Mash {
        private double n = 4022871197.0;

        double hash(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = toUint32(h);
                h -= n;
                h *= n;
                n = toUint32(h);
                h -= n;
                n += h * TWO_POW_32;
            }
            return toUint32(n) * TWO_POW_MINUS_32;
        }
    }

    /** JavaScript's {@code x >>> 0}. */
    static double toUint32(double x) {
        return truncatedModulo32(x);
    }

    /** JavaScript's {@code x | 0}. */
    static double toInt32(double x) {
        double u = truncatedModulo32(x);
        return u >= TWO_POW_32 / 2 ? u - TWO_POW_32 : u;
    }

    private static double truncatedModulo32(double x) {
        if (!Double.isFinite(x)) {
            return 0;
        }
        double truncated = x < 0 ? Math.ceil(x) : Math.floor(x);
        double r = truncated % TWO_POW_32; // exact for doubles
        return r < 0 ? r + TWO_POW_32 : r;
    }
}
